// Draws a page's graph (window.hubGraph: nodes with links, edges with labels) with Cytoscape.js from the jar.
// Each entity is a link: click it, or Tab to the list under the drawing.
(function () {
  var data = window.hubGraph;
  var box = document.getElementById('graph');
  if (!data || !box || typeof cytoscape === 'undefined') {
    return;
  }
  var colours = { Person: '#005eb8', Organisation: '#00703c', Board: '#4c2c92', Partnership: '#f47738',
    Agreement: '#d4351c', PooledFund: '#b58840', Post: '#505a5f' };
  var elements = data.nodes.map(function (n) {
    return { data: { id: n.id, label: n.name, href: n.href, colour: colours[n.kind] || '#505a5f', centre: n.centre } };
  }).concat(data.edges.map(function (e, i) {
    return { data: { id: 'e' + i, source: e.from, target: e.to, label: e.label } };
  }));
  var graph = cytoscape({
    container: box,
    elements: elements,
    style: [
      { selector: 'node', style: { 'background-color': 'data(colour)', 'label': 'data(label)', 'font-size': 11,
        'text-wrap': 'wrap', 'text-max-width': 140, 'text-valign': 'bottom', 'text-margin-y': 4, 'width': 18, 'height': 18 } },
      { selector: 'node[?centre]', style: { 'width': 30, 'height': 30, 'font-weight': 'bold', 'border-width': 3, 'border-color': '#0b0c0c' } },
      { selector: 'edge', style: { 'width': 1.5, 'line-color': '#b1b4b6', 'target-arrow-color': '#b1b4b6',
        'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'label': 'data(label)', 'font-size': 9,
        'color': '#505a5f', 'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 1 } }
    ],
    layout: { name: 'cose', animate: false, nodeDimensionsIncludeLabels: true, padding: 20 },
    wheelSensitivity: 0.3
  });
  graph.on('tap', 'node', function (event) {
    var href = event.target.data('href');
    if (href) {
      window.location.href = href;
    }
  });
  box.setAttribute('data-drawn', String(data.nodes.length));
})();
