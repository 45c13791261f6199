// GraphiQL on the hub's own endpoint, as the signed-in visitor: the session's CSRF token goes with every request.
(function () {
  var header = document.querySelector('meta[name="csrf-header"]').content;
  var token = document.querySelector('meta[name="csrf-token"]').content;
  var headers = {};
  headers[header] = token;
  var fetcher = GraphiQL.createFetcher({ url: '/graphql', headers: headers });
  ReactDOM.createRoot(document.getElementById('explorer'))
    .render(React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultEditorToolsVisibility: true,
      defaultQuery: '# Boards and committees, with their meetings. Press the run button (or Ctrl-Enter);\n'
        + '# the Docs pane lists every type and field.\n'
        + '{\n  boards(first: 5) {\n    totalCount\n    edges {\n      node {\n        id\n        name\n        kind\n'
        + '        meetings(first: 3) {\n          edges { node { id date title } }\n        }\n      }\n    }\n  }\n}\n'
    }));
})();
