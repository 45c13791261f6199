// Demo partnership: Brackenford and Eastwater (all names invented).;

// Loaded once, on first start, by DatabaseSetup; the README's example queries run against it.;

// Generated property values (searchText, displayName, sortName) follow the same rules as the app's writes.;

UNWIND [
  {id: 'doc-bhwb-register-2025', title: 'Brackenford Health and Wellbeing Board register of interests 2025', kind: 'REGISTER_OF_INTERESTS', publisher: 'Brackenford Council', publishedOn: date('2025-06-02'), url: 'https://example.org/brackenford/hwb-register-2025.pdf'},
  {id: 'doc-icb-register-2025', title: 'Kestrel ICB register of interests, board and committees, 2025/26', kind: 'REGISTER_OF_INTERESTS', publisher: 'NHS Kestrel ICB', publishedOn: date('2025-05-15'), url: 'https://example.org/kestrel-icb/register-2025-26.xlsx'},
  {id: 'doc-ewhwb-register-2025', title: 'Eastwater Health and Wellbeing Board register of interests 2025', kind: 'REGISTER_OF_INTERESTS', publisher: 'Eastwater Council', publishedOn: date('2025-04-28'), url: null},
  {id: 'doc-jsc-tor-2023', title: 'Joint Health and Wellbeing Sub-Committee terms of reference', kind: 'TERMS_OF_REFERENCE', publisher: 'Brackenford Council', publishedOn: date('2023-03-14'), url: null},
  {id: 'doc-jsc-minutes-2025-09', title: 'Joint Sub-Committee minutes, 18 September 2025', kind: 'MINUTES', publisher: 'Brackenford Council', publishedOn: date('2025-10-02'), url: null},
  {id: 'doc-bcf-s75-2023', title: 'Brackenford Better Care Fund Section 75 agreement 2023-25', kind: 'AGREEMENT', publisher: 'Brackenford Council', publishedOn: date('2023-05-10'), url: null},
  {id: 'doc-bcf-deed-2025', title: 'Deed of variation and extension: Brackenford BCF Section 75 agreement', kind: 'AGREEMENT', publisher: 'Brackenford Council', publishedOn: date('2025-02-20'), url: null},
  {id: 'doc-bcf-plan-2025', title: 'Brackenford Better Care Fund plan 2025-26', kind: 'AGENDA_PACK', publisher: 'Brackenford Health and Wellbeing Board', publishedOn: date('2025-03-25'), url: null},
  {id: 'doc-bhwb-report-2025-07', title: 'BCF quarter one report to the Health and Wellbeing Board, July 2025', kind: 'AGENDA_PACK', publisher: 'Brackenford Health and Wellbeing Board', publishedOn: date('2025-07-08'), url: null},
  {id: 'doc-ld-s75-2022', title: 'Eastwater learning disabilities lead commissioning Section 75 agreement', kind: 'AGREEMENT', publisher: 'Eastwater Council', publishedOn: date('2022-06-30'), url: null},
  {id: 'doc-place-roster-2025', title: 'Brackenford and Eastwater Place Partnership Board membership, 2025', kind: 'ROSTER', publisher: 'NHS Kestrel ICB', publishedOn: date('2025-04-01'), url: null}
] AS d
CREATE (s:SourceDocument)
SET s = d, s.recordedAt = datetime();

UNWIND [
  {id: 'org-brackenford-council', name: 'Brackenford Council', kind: 'LOCAL_AUTHORITY', aliases: ['London Borough of Brackenford', 'LB Brackenford'], odsCode: null, companiesHouseNumber: null, charityNumber: null, gssCode: 'E09000991', statutory: true},
  {id: 'org-eastwater-council', name: 'Eastwater Council', kind: 'LOCAL_AUTHORITY', aliases: ['London Borough of Eastwater'], odsCode: null, companiesHouseNumber: null, charityNumber: null, gssCode: 'E09000992', statutory: true},
  {id: 'org-kestrel-icb', name: 'NHS Kestrel Integrated Care Board', kind: 'INTEGRATED_CARE_BOARD', aliases: ['Kestrel ICB', 'NHS Kestrel ICB'], odsCode: 'QK9', companiesHouseNumber: null, charityNumber: null, gssCode: null, statutory: true},
  {id: 'org-brackenford-ccg', name: 'NHS Brackenford Clinical Commissioning Group', kind: 'CLINICAL_COMMISSIONING_GROUP', aliases: ['Brackenford CCG'], odsCode: '09X', companiesHouseNumber: null, charityNumber: null, gssCode: null, statutory: true},
  {id: 'org-eastwater-ccg', name: 'NHS Eastwater Clinical Commissioning Group', kind: 'CLINICAL_COMMISSIONING_GROUP', aliases: ['Eastwater CCG'], odsCode: '09Y', companiesHouseNumber: null, charityNumber: null, gssCode: null, statutory: true},
  {id: 'org-brackenford-hospital', name: 'Brackenford Hospital NHS Foundation Trust', kind: 'NHS_FOUNDATION_TRUST', aliases: ['Brackenford Hospital NHS FT', 'Brackenford Hospital'], odsCode: 'RZ1', companiesHouseNumber: null, charityNumber: null, gssCode: null, statutory: true},
  {id: 'org-meadowbank-hospitals', name: 'Meadowbank University Hospitals NHS Trust', kind: 'NHS_TRUST', aliases: ['Meadowbank Hospitals'], odsCode: 'RZ2', companiesHouseNumber: null, charityNumber: null, gssCode: null, statutory: true},
  {id: 'org-eastwater-community', name: 'Eastwater Community Health NHS Trust', kind: 'NHS_TRUST', aliases: ['Eastwater Community Health'], odsCode: 'RZ3', companiesHouseNumber: null, charityNumber: null, gssCode: null, statutory: true},
  {id: 'org-kestrel-mental-health', name: 'Kestrel Mental Health NHS Foundation Trust', kind: 'NHS_FOUNDATION_TRUST', aliases: ['Kestrel MH FT'], odsCode: 'RZ4', companiesHouseNumber: null, charityNumber: null, gssCode: null, statutory: true},
  {id: 'org-brackenford-gp-confederation', name: 'Brackenford GP Confederation', kind: 'GP_FEDERATION', aliases: ['Brackenford GP Federation', 'Brackenford GP Confed Ltd'], odsCode: null, companiesHouseNumber: '11000001', charityNumber: null, gssCode: null, statutory: false},
  {id: 'org-ashgrove-surgery', name: 'Ashgrove Surgery', kind: 'GP_PRACTICE', aliases: [], odsCode: 'Y90001', companiesHouseNumber: null, charityNumber: null, gssCode: null, statutory: false},
  {id: 'org-millbrook-medical', name: 'Millbrook Medical Centre', kind: 'GP_PRACTICE', aliases: [], odsCode: 'Y90002', companiesHouseNumber: null, charityNumber: null, gssCode: null, statutory: false},
  {id: 'org-quayside-practice', name: 'Quayside Practice', kind: 'GP_PRACTICE', aliases: [], odsCode: 'Y90003', companiesHouseNumber: null, charityNumber: null, gssCode: null, statutory: false},
  {id: 'org-eastwater-health-centre', name: 'Eastwater Health Centre', kind: 'GP_PRACTICE', aliases: [], odsCode: 'Y90004', companiesHouseNumber: null, charityNumber: null, gssCode: null, statutory: false},
  {id: 'org-brackenford-central-pcn', name: 'Brackenford Central Primary Care Network', kind: 'PRIMARY_CARE_NETWORK', aliases: ['Brackenford Central PCN'], odsCode: 'U90001', companiesHouseNumber: null, charityNumber: null, gssCode: null, statutory: false},
  {id: 'org-healthwatch-brackenford', name: 'Healthwatch Brackenford', kind: 'HEALTHWATCH', aliases: [], odsCode: null, companiesHouseNumber: '11000002', charityNumber: null, gssCode: null, statutory: false},
  {id: 'org-healthwatch-eastwater', name: 'Healthwatch Eastwater', kind: 'HEALTHWATCH', aliases: [], odsCode: null, companiesHouseNumber: '11000003', charityNumber: null, gssCode: null, statutory: false},
  {id: 'org-brackenford-voluntary-action', name: 'Brackenford Voluntary Action', kind: 'VOLUNTARY_COMMUNITY_SECTOR', aliases: ['BVA'], odsCode: null, companiesHouseNumber: null, charityNumber: '1190001', gssCode: null, statutory: false},
  {id: 'org-lantern-house', name: 'Lantern House Trust', kind: 'CHARITY', aliases: ['Lantern House'], odsCode: null, companiesHouseNumber: null, charityNumber: '1190002', gssCode: null, statutory: false},
  {id: 'org-eastwater-carers', name: 'Eastwater Carers Centre', kind: 'CHARITY', aliases: [], odsCode: null, companiesHouseNumber: null, charityNumber: '1190003', gssCode: null, statutory: false},
  {id: 'org-eastwater-carers-center', name: 'Eastwater Carers\' Center', kind: 'CHARITY', aliases: [], odsCode: null, companiesHouseNumber: null, charityNumber: null, gssCode: null, statutory: false},
  {id: 'org-harbour-care', name: 'Harbour Care Ltd', kind: 'COMPANY', aliases: ['Harbour Care Limited', 'Harbour Care'], odsCode: null, companiesHouseNumber: '11000004', charityNumber: null, gssCode: null, statutory: false},
  {id: 'org-kestrel-homecare', name: 'Kestrel Homecare Ltd', kind: 'COMPANY', aliases: ['Kestrel Homecare Limited'], odsCode: null, companiesHouseNumber: '11000005', charityNumber: null, gssCode: null, statutory: false},
  {id: 'org-bma', name: 'British Medical Association', kind: 'PROFESSIONAL_BODY', aliases: ['BMA'], odsCode: null, companiesHouseNumber: null, charityNumber: null, gssCode: null, statutory: false},
  {id: 'org-rcn', name: 'Royal College of Nursing', kind: 'PROFESSIONAL_BODY', aliases: ['RCN'], odsCode: null, companiesHouseNumber: null, charityNumber: null, gssCode: null, statutory: false},
  {id: 'org-unison', name: 'Unison', kind: 'TRADE_UNION', aliases: [], odsCode: null, companiesHouseNumber: null, charityNumber: null, gssCode: null, statutory: false},
  {id: 'org-brackenford-labour', name: 'Brackenford Labour Group', kind: 'POLITICAL_PARTY', aliases: [], odsCode: null, companiesHouseNumber: null, charityNumber: null, gssCode: null, statutory: false},
  {id: 'org-eastwater-independents', name: 'Eastwater Independents', kind: 'POLITICAL_PARTY', aliases: [], odsCode: null, companiesHouseNumber: null, charityNumber: null, gssCode: null, statutory: false},
  {id: 'org-st-annes-school', name: 'St Anne\'s Primary School', kind: 'SCHOOL', aliases: ['St Anne\'s School'], odsCode: null, companiesHouseNumber: null, charityNumber: null, gssCode: null, statutory: false},
  {id: 'org-riverside-housing', name: 'Riverside Housing Association', kind: 'VOLUNTARY_COMMUNITY_SECTOR', aliases: [], odsCode: null, companiesHouseNumber: null, charityNumber: null, gssCode: null, statutory: false}
] AS o
CREATE (n:Organisation)
SET n = o,
    n.searchText = reduce(s = toLower(o.name), a IN o.aliases | s + ' | ' + toLower(a)),
    n.createdAt = datetime();

UNWIND [
  ['org-brackenford-ccg', 'org-kestrel-icb', date('2022-07-01')],
  ['org-eastwater-ccg', 'org-kestrel-icb', date('2022-07-01')]
] AS s
MATCH (p:Organisation {id: s[0]}), (n:Organisation {id: s[1]})
CREATE (p)-[:SUCCEEDED_BY {on: s[2]}]->(n);

UNWIND [
  ['org-ashgrove-surgery', 'org-brackenford-gp-confederation'],
  ['org-millbrook-medical', 'org-brackenford-gp-confederation'],
  ['org-quayside-practice', 'org-brackenford-gp-confederation'],
  ['org-ashgrove-surgery', 'org-brackenford-central-pcn'],
  ['org-millbrook-medical', 'org-brackenford-central-pcn']
] AS l
MATCH (c:Organisation {id: l[0]}), (p:Organisation {id: l[1]})
CREATE (c)-[:PART_OF]->(p);

UNWIND [
  {id: 'board-brackenford-hwb', name: 'Brackenford Health and Wellbeing Board', kind: 'HEALTH_AND_WELLBEING_BOARD', parents: ['org-brackenford-council']},
  {id: 'board-eastwater-hwb', name: 'Eastwater Health and Wellbeing Board', kind: 'HEALTH_AND_WELLBEING_BOARD', parents: ['org-eastwater-council']},
  {id: 'board-joint-hwb', name: 'Brackenford and Eastwater Joint Health and Wellbeing Sub-Committee', kind: 'JOINT_SUB_COMMITTEE', parents: ['board-brackenford-hwb', 'board-eastwater-hwb']},
  {id: 'board-icb', name: 'NHS Kestrel ICB Board', kind: 'ICB_BOARD', parents: ['org-kestrel-icb']},
  {id: 'board-icb-audit', name: 'Kestrel ICB Audit and Risk Committee', kind: 'ICB_COMMITTEE', parents: ['board-icb']},
  {id: 'board-icb-primary-care', name: 'Kestrel ICB Primary Care Commissioning Committee', kind: 'ICB_COMMITTEE', parents: ['board-icb']},
  {id: 'board-icb-finance', name: 'Kestrel ICB Finance and Performance Committee', kind: 'ICB_COMMITTEE', parents: ['board-icb']},
  {id: 'board-bcf', name: 'Brackenford Better Care Fund Pooled Budget Board', kind: 'POOLED_BUDGET_BOARD', parents: ['org-brackenford-council', 'org-kestrel-icb']},
  {id: 'board-eastwater-icb', name: 'Eastwater Integrated Commissioning Board', kind: 'POOLED_BUDGET_BOARD', parents: ['org-eastwater-council', 'org-kestrel-icb']},
  {id: 'board-place', name: 'Brackenford and Eastwater Place Partnership Board', kind: 'PARTNERSHIP_BOARD', parents: ['board-icb', 'board-joint-hwb']},
  {id: 'board-acute-collaborative', name: 'Kestrel Acute Provider Collaborative Board', kind: 'PROGRAMME_BOARD', parents: ['org-brackenford-hospital', 'org-meadowbank-hospitals']}
] AS b
CREATE (n:Board {id: b.id, name: b.name, kind: b.kind, searchText: toLower(b.name), createdAt: datetime()})
WITH n, b
UNWIND b.parents AS parentId
OPTIONAL MATCH (o:Organisation {id: parentId})
OPTIONAL MATCH (p:Board {id: parentId})
WITH n, coalesce(o, p) AS parent
CREATE (n)-[:ACCOUNTABLE_TO]->(parent);

UNWIND [
  {board: 'board-joint-hwb', id: 'quorum-joint-hwb', text: '3 voting members of each constituent borough, including one local authority elected representative of each borough and one of their Chair, Vice-Chair or Co-Chair (or their substitutes)', perSide: true, minimumVotingMembers: 3, minimumElectedMembers: 1, requiredRoles: ['CHAIR', 'CO_CHAIR', 'VICE_CHAIR']},
  {board: 'board-brackenford-hwb', id: 'quorum-brackenford-hwb', text: 'One third of the voting membership, including one elected member', perSide: false, minimumVotingMembers: 4, minimumElectedMembers: 1, requiredRoles: []},
  {board: 'board-icb', id: 'quorum-icb', text: 'Half the members, including the Chair or Vice-Chair', perSide: false, minimumVotingMembers: 5, minimumElectedMembers: 0, requiredRoles: ['CHAIR', 'VICE_CHAIR']},
  {board: 'board-icb-primary-care', id: 'quorum-icb-primary-care', text: 'Three voting members including the Chair or Vice-Chair', perSide: false, minimumVotingMembers: 3, minimumElectedMembers: 0, requiredRoles: ['CHAIR', 'VICE_CHAIR']},
  {board: 'board-bcf', id: 'quorum-bcf', text: 'One voting member from each partner', perSide: true, minimumVotingMembers: 1, minimumElectedMembers: 0, requiredRoles: []}
] AS q
MATCH (b:Board {id: q.board})
CREATE (b)-[:HAS_QUORUM_RULE]->(:QuorumRule {id: q.id, text: q.text, perSide: q.perSide,
  minimumVotingMembers: q.minimumVotingMembers, minimumElectedMembers: q.minimumElectedMembers,
  requiredRoles: q.requiredRoles});

UNWIND [
  {id: 'person-rosa-lindqvist', honorific: 'Cllr', givenName: 'Rosa', familyName: 'Lindqvist', postNominals: null, aliases: []},
  {id: 'person-marcus-oyelaran', honorific: 'Cllr', givenName: 'Marcus', familyName: 'Oyelaran', postNominals: null, aliases: []},
  {id: 'person-ahmed-rahman', honorific: 'Cllr', givenName: 'Ahmed', familyName: 'Rahman', postNominals: null, aliases: []},
  {id: 'person-priya-shah', honorific: 'Dr', givenName: 'Priya', familyName: 'Shah', postNominals: null, aliases: []},
  {id: 'person-helen-achterberg', honorific: null, givenName: 'Helen', familyName: 'Achterberg', postNominals: null, aliases: []},
  {id: 'person-tomas-brennan', honorific: null, givenName: 'Tomas', familyName: 'Brennan', postNominals: null, aliases: []},
  {id: 'person-dev-marchetti', honorific: 'Dr', givenName: 'Dev', familyName: 'Marchetti', postNominals: null, aliases: []},
  {id: 'person-alma-okonkwo', honorific: null, givenName: 'Alma', familyName: 'Okonkwo', postNominals: null, aliases: []},
  {id: 'person-joan-featherstone', honorific: 'Cllr', givenName: 'Joan', familyName: 'Featherstone', postNominals: null, aliases: []},
  {id: 'person-samuel-adeyemi', honorific: 'Cllr', givenName: 'Samuel', familyName: 'Adeyemi', postNominals: null, aliases: []},
  {id: 'person-peter-watts', honorific: 'Cllr', givenName: 'Peter', familyName: 'Watts', postNominals: null, aliases: ['Peter Walls']},
  {id: 'person-lucy-tran', honorific: 'Cllr', givenName: 'Lucy', familyName: 'Tran', postNominals: null, aliases: []},
  {id: 'person-niamh-callaghan', honorific: 'Dr', givenName: 'Niamh', familyName: 'Callaghan', postNominals: null, aliases: []},
  {id: 'person-grace-whitfield', honorific: null, givenName: 'Grace', familyName: 'Whitfield', postNominals: null, aliases: []},
  {id: 'person-hannah-brooks', honorific: null, givenName: 'Hannah', familyName: 'Brooks', postNominals: null, aliases: []},
  {id: 'person-imran-siddiqui', honorific: null, givenName: 'Imran', familyName: 'Siddiqui', postNominals: null, aliases: []},
  {id: 'person-anthony-hale', honorific: 'Sir', givenName: 'Anthony', familyName: 'Hale', postNominals: null, aliases: []},
  {id: 'person-margaret-osei', honorific: null, givenName: 'Margaret', familyName: 'Osei', postNominals: 'OBE', aliases: []},
  {id: 'person-david-kowalczyk', honorific: null, givenName: 'David', familyName: 'Kowalczyk', postNominals: null, aliases: []},
  {id: 'person-fiona-mcallister', honorific: null, givenName: 'Fiona', familyName: 'McAllister', postNominals: null, aliases: []},
  {id: 'person-rajesh-nair', honorific: null, givenName: 'Rajesh', familyName: 'Nair', postNominals: null, aliases: []},
  {id: 'person-claire-donnelly', honorific: null, givenName: 'Claire', familyName: 'Donnelly', postNominals: null, aliases: []},
  {id: 'person-olu-bankole', honorific: null, givenName: 'Olu', familyName: 'Bankole', postNominals: null, aliases: []},
  {id: 'person-sarah-lindgren', honorific: null, givenName: 'Sarah', familyName: 'Lindgren', postNominals: null, aliases: []},
  {id: 'person-kwame-asante', honorific: null, givenName: 'Kwame', familyName: 'Asante', postNominals: null, aliases: []},
  {id: 'person-bethany-clarke', honorific: null, givenName: 'Bethany', familyName: 'Clarke', postNominals: null, aliases: []},
  {id: 'person-martin-greaves', honorific: null, givenName: 'Martin', familyName: 'Greaves', postNominals: null, aliases: []},
  {id: 'person-laura-pemberton', honorific: null, givenName: 'Laura', familyName: 'Pemberton', postNominals: null, aliases: []},
  {id: 'person-yusuf-demir', honorific: null, givenName: 'Yusuf', familyName: 'Demir', postNominals: null, aliases: []},
  {id: 'person-thomas-reinholt', honorific: null, givenName: 'Thomas', familyName: 'Reinholt', postNominals: null, aliases: []},
  {id: 'person-oliver-bright', honorific: 'Dr', givenName: 'Oliver', familyName: 'Bright', postNominals: null, aliases: []},
  {id: 'person-zainab-hussain', honorific: null, givenName: 'Zainab', familyName: 'Hussain', postNominals: null, aliases: []},
  {id: 'person-graham-pike', honorific: null, givenName: 'Graham', familyName: 'Pike', postNominals: null, aliases: []},
  {id: 'person-sophie-marsh', honorific: null, givenName: 'Sophie', familyName: 'Marsh', postNominals: null, aliases: []},
  {id: 'person-felix-osterberg', honorific: 'Dr', givenName: 'Felix', familyName: 'Osterberg', postNominals: null, aliases: []},
  {id: 'person-ruth-abernethy', honorific: null, givenName: 'Ruth', familyName: 'Abernethy', postNominals: null, aliases: []},
  {id: 'person-eleanor-vance', honorific: 'Cllr', givenName: 'Eleanor', familyName: 'Vance', postNominals: null, aliases: []},
  {id: 'person-jonah-pryce', honorific: null, givenName: 'Jonah', familyName: 'Pryce', postNominals: null, aliases: []},
  {id: 'person-amara-nwosu', honorific: 'Dr', givenName: 'Amara', familyName: 'Nwosu', postNominals: null, aliases: []},
  {id: 'person-william-fenn', honorific: 'Rt Hon', givenName: 'William', familyName: 'Fenn', postNominals: 'MBE', aliases: []}
] AS p
WITH p, [x IN [p.honorific, p.givenName, p.familyName, p.postNominals] WHERE x IS NOT NULL] AS parts
CREATE (n:Person {id: p.id, honorific: p.honorific, givenName: p.givenName, familyName: p.familyName,
  postNominals: p.postNominals, aliases: p.aliases,
  displayName: reduce(s = head(parts), x IN tail(parts) | s + ' ' + x),
  sortName: toLower(p.familyName + ' ' + p.givenName),
  searchText: reduce(s = toLower(p.givenName + ' ' + p.familyName), a IN p.aliases | s + ' | ' + toLower(a)),
  createdAt: datetime()});

UNWIND [
  {id: 'm-rosa-lindqvist-joint-hwb-0', person: 'person-rosa-lindqvist', board: 'board-joint-hwb', role: 'CHAIR', voting: true, electedMember: true, side: 'Brackenford', onBehalfOf: 'org-brackenford-council', substituteFor: null, from: date('2023-04-01'), to: null, source: 'doc-jsc-tor-2023', locator: 'Annex A'},
  {id: 'm-marcus-oyelaran-joint-hwb-1', person: 'person-marcus-oyelaran', board: 'board-joint-hwb', role: 'MEMBER', voting: true, electedMember: true, side: 'Brackenford', onBehalfOf: 'org-brackenford-council', substituteFor: null, from: date('2023-04-01'), to: null, source: 'doc-jsc-tor-2023', locator: 'Annex A'},
  {id: 'm-ahmed-rahman-joint-hwb-2', person: 'person-ahmed-rahman', board: 'board-joint-hwb', role: 'SUBSTITUTE', voting: true, electedMember: true, side: 'Brackenford', onBehalfOf: 'org-brackenford-council', substituteFor: 'person-marcus-oyelaran', from: date('2023-04-01'), to: null, source: 'doc-jsc-tor-2023', locator: 'Annex A'},
  {id: 'm-priya-shah-joint-hwb-3', person: 'person-priya-shah', board: 'board-joint-hwb', role: 'MEMBER', voting: true, electedMember: false, side: 'Brackenford', onBehalfOf: 'org-kestrel-icb', substituteFor: null, from: date('2023-04-01'), to: null, source: 'doc-jsc-tor-2023', locator: 'Annex A'},
  {id: 'm-tomas-brennan-joint-hwb-4', person: 'person-tomas-brennan', board: 'board-joint-hwb', role: 'MEMBER', voting: true, electedMember: false, side: 'Brackenford', onBehalfOf: 'org-healthwatch-brackenford', substituteFor: null, from: date('2023-04-01'), to: null, source: 'doc-jsc-tor-2023', locator: 'Annex A'},
  {id: 'm-dev-marchetti-joint-hwb-5', person: 'person-dev-marchetti', board: 'board-joint-hwb', role: 'MEMBER', voting: true, electedMember: false, side: 'Brackenford', onBehalfOf: 'org-brackenford-gp-confederation', substituteFor: null, from: date('2023-04-01'), to: null, source: 'doc-jsc-tor-2023', locator: 'Annex A'},
  {id: 'm-helen-achterberg-joint-hwb-6', person: 'person-helen-achterberg', board: 'board-joint-hwb', role: 'ADVISOR', voting: false, electedMember: false, side: 'Brackenford', onBehalfOf: 'org-brackenford-council', substituteFor: null, from: date('2023-04-01'), to: null, source: 'doc-jsc-tor-2023', locator: 'Annex A'},
  {id: 'm-alma-okonkwo-joint-hwb-7', person: 'person-alma-okonkwo', board: 'board-joint-hwb', role: 'REGULAR_ATTENDEE', voting: false, electedMember: false, side: 'Brackenford', onBehalfOf: 'org-brackenford-council', substituteFor: null, from: date('2023-04-01'), to: null, source: 'doc-jsc-tor-2023', locator: 'Annex A'},
  {id: 'm-joan-featherstone-joint-hwb-8', person: 'person-joan-featherstone', board: 'board-joint-hwb', role: 'CO_CHAIR', voting: true, electedMember: true, side: 'Eastwater', onBehalfOf: 'org-eastwater-council', substituteFor: null, from: date('2023-04-01'), to: null, source: 'doc-jsc-tor-2023', locator: 'Annex A'},
  {id: 'm-samuel-adeyemi-joint-hwb-9', person: 'person-samuel-adeyemi', board: 'board-joint-hwb', role: 'MEMBER', voting: true, electedMember: true, side: 'Eastwater', onBehalfOf: 'org-eastwater-council', substituteFor: null, from: date('2023-04-01'), to: null, source: 'doc-jsc-tor-2023', locator: 'Annex A'},
  {id: 'm-peter-watts-joint-hwb-10', person: 'person-peter-watts', board: 'board-joint-hwb', role: 'SUBSTITUTE', voting: true, electedMember: true, side: 'Eastwater', onBehalfOf: 'org-eastwater-council', substituteFor: 'person-joan-featherstone', from: date('2023-04-01'), to: null, source: 'doc-jsc-tor-2023', locator: 'Annex A'},
  {id: 'm-niamh-callaghan-joint-hwb-11', person: 'person-niamh-callaghan', board: 'board-joint-hwb', role: 'MEMBER', voting: true, electedMember: false, side: 'Eastwater', onBehalfOf: 'org-kestrel-icb', substituteFor: null, from: date('2023-04-01'), to: null, source: 'doc-jsc-tor-2023', locator: 'Annex A'},
  {id: 'm-grace-whitfield-joint-hwb-12', person: 'person-grace-whitfield', board: 'board-joint-hwb', role: 'MEMBER', voting: true, electedMember: false, side: 'Eastwater', onBehalfOf: 'org-healthwatch-eastwater', substituteFor: null, from: date('2023-04-01'), to: date('2025-03-31'), source: 'doc-jsc-tor-2023', locator: 'Annex A'},
  {id: 'm-hannah-brooks-joint-hwb-13', person: 'person-hannah-brooks', board: 'board-joint-hwb', role: 'MEMBER', voting: true, electedMember: false, side: 'Eastwater', onBehalfOf: 'org-healthwatch-eastwater', substituteFor: null, from: date('2025-04-01'), to: null, source: null, locator: null},
  {id: 'm-imran-siddiqui-joint-hwb-14', person: 'person-imran-siddiqui', board: 'board-joint-hwb', role: 'MEMBER', voting: true, electedMember: false, side: 'Eastwater', onBehalfOf: 'org-eastwater-community', substituteFor: null, from: date('2023-04-01'), to: null, source: 'doc-jsc-tor-2023', locator: 'Annex A'},
  {id: 'm-bethany-clarke-joint-hwb-15', person: 'person-bethany-clarke', board: 'board-joint-hwb', role: 'ADVISOR', voting: false, electedMember: false, side: 'Eastwater', onBehalfOf: 'org-eastwater-council', substituteFor: null, from: date('2023-04-01'), to: null, source: 'doc-jsc-tor-2023', locator: 'Annex A'},
  {id: 'm-rosa-lindqvist-brackenford-hwb-16', person: 'person-rosa-lindqvist', board: 'board-brackenford-hwb', role: 'CHAIR', voting: true, electedMember: true, side: null, onBehalfOf: 'org-brackenford-council', substituteFor: null, from: date('2022-05-20'), to: null, source: 'doc-bhwb-register-2025', locator: null},
  {id: 'm-marcus-oyelaran-brackenford-hwb-17', person: 'person-marcus-oyelaran', board: 'board-brackenford-hwb', role: 'VICE_CHAIR', voting: true, electedMember: true, side: null, onBehalfOf: 'org-brackenford-council', substituteFor: null, from: date('2022-05-20'), to: null, source: 'doc-bhwb-register-2025', locator: null},
  {id: 'm-eleanor-vance-brackenford-hwb-18', person: 'person-eleanor-vance', board: 'board-brackenford-hwb', role: 'MEMBER', voting: true, electedMember: true, side: null, onBehalfOf: 'org-brackenford-council', substituteFor: null, from: date('2022-05-20'), to: null, source: 'doc-bhwb-register-2025', locator: null},
  {id: 'm-priya-shah-brackenford-hwb-19', person: 'person-priya-shah', board: 'board-brackenford-hwb', role: 'MEMBER', voting: true, electedMember: false, side: null, onBehalfOf: 'org-kestrel-icb', substituteFor: null, from: date('2022-05-20'), to: null, source: 'doc-bhwb-register-2025', locator: null},
  {id: 'm-tomas-brennan-brackenford-hwb-20', person: 'person-tomas-brennan', board: 'board-brackenford-hwb', role: 'MEMBER', voting: true, electedMember: false, side: null, onBehalfOf: 'org-healthwatch-brackenford', substituteFor: null, from: date('2022-05-20'), to: null, source: 'doc-bhwb-register-2025', locator: null},
  {id: 'm-helen-achterberg-brackenford-hwb-21', person: 'person-helen-achterberg', board: 'board-brackenford-hwb', role: 'MEMBER', voting: true, electedMember: false, side: null, onBehalfOf: 'org-brackenford-council', substituteFor: null, from: date('2022-05-20'), to: null, source: 'doc-bhwb-register-2025', locator: null},
  {id: 'm-alma-okonkwo-brackenford-hwb-22', person: 'person-alma-okonkwo', board: 'board-brackenford-hwb', role: 'MEMBER', voting: true, electedMember: false, side: null, onBehalfOf: 'org-brackenford-council', substituteFor: null, from: date('2022-05-20'), to: null, source: 'doc-bhwb-register-2025', locator: null},
  {id: 'm-laura-pemberton-brackenford-hwb-23', person: 'person-laura-pemberton', board: 'board-brackenford-hwb', role: 'MEMBER', voting: true, electedMember: false, side: null, onBehalfOf: 'org-brackenford-hospital', substituteFor: null, from: date('2022-05-20'), to: null, source: 'doc-bhwb-register-2025', locator: null},
  {id: 'm-yusuf-demir-brackenford-hwb-24', person: 'person-yusuf-demir', board: 'board-brackenford-hwb', role: 'MEMBER', voting: true, electedMember: false, side: null, onBehalfOf: 'org-brackenford-voluntary-action', substituteFor: null, from: date('2022-05-20'), to: null, source: 'doc-bhwb-register-2025', locator: null},
  {id: 'm-dev-marchetti-brackenford-hwb-25', person: 'person-dev-marchetti', board: 'board-brackenford-hwb', role: 'MEMBER', voting: true, electedMember: false, side: null, onBehalfOf: 'org-brackenford-gp-confederation', substituteFor: null, from: date('2022-05-20'), to: null, source: 'doc-bhwb-register-2025', locator: null},
  {id: 'm-joan-featherstone-eastwater-hwb-26', person: 'person-joan-featherstone', board: 'board-eastwater-hwb', role: 'CHAIR', voting: true, electedMember: true, side: null, onBehalfOf: 'org-eastwater-council', substituteFor: null, from: date('2022-05-24'), to: null, source: 'doc-ewhwb-register-2025', locator: null},
  {id: 'm-samuel-adeyemi-eastwater-hwb-27', person: 'person-samuel-adeyemi', board: 'board-eastwater-hwb', role: 'VICE_CHAIR', voting: true, electedMember: true, side: null, onBehalfOf: 'org-eastwater-council', substituteFor: null, from: date('2022-05-24'), to: null, source: 'doc-ewhwb-register-2025', locator: null},
  {id: 'm-lucy-tran-eastwater-hwb-28', person: 'person-lucy-tran', board: 'board-eastwater-hwb', role: 'MEMBER', voting: true, electedMember: true, side: null, onBehalfOf: 'org-eastwater-council', substituteFor: null, from: date('2022-05-24'), to: null, source: 'doc-ewhwb-register-2025', locator: null},
  {id: 'm-niamh-callaghan-eastwater-hwb-29', person: 'person-niamh-callaghan', board: 'board-eastwater-hwb', role: 'MEMBER', voting: true, electedMember: false, side: null, onBehalfOf: 'org-kestrel-icb', substituteFor: null, from: date('2022-05-24'), to: null, source: 'doc-ewhwb-register-2025', locator: null},
  {id: 'm-hannah-brooks-eastwater-hwb-30', person: 'person-hannah-brooks', board: 'board-eastwater-hwb', role: 'MEMBER', voting: true, electedMember: false, side: null, onBehalfOf: 'org-healthwatch-eastwater', substituteFor: null, from: date('2022-05-24'), to: null, source: 'doc-ewhwb-register-2025', locator: null},
  {id: 'm-imran-siddiqui-eastwater-hwb-31', person: 'person-imran-siddiqui', board: 'board-eastwater-hwb', role: 'MEMBER', voting: true, electedMember: false, side: null, onBehalfOf: 'org-eastwater-community', substituteFor: null, from: date('2022-05-24'), to: null, source: 'doc-ewhwb-register-2025', locator: null},
  {id: 'm-bethany-clarke-eastwater-hwb-32', person: 'person-bethany-clarke', board: 'board-eastwater-hwb', role: 'MEMBER', voting: true, electedMember: false, side: null, onBehalfOf: 'org-eastwater-council', substituteFor: null, from: date('2022-05-24'), to: null, source: 'doc-ewhwb-register-2025', locator: null},
  {id: 'm-anthony-hale-icb-33', person: 'person-anthony-hale', board: 'board-icb', role: 'CHAIR', voting: true, electedMember: false, side: null, onBehalfOf: 'org-kestrel-icb', substituteFor: null, from: date('2022-07-01'), to: null, source: 'doc-icb-register-2025', locator: null},
  {id: 'm-rajesh-nair-icb-34', person: 'person-rajesh-nair', board: 'board-icb', role: 'VICE_CHAIR', voting: true, electedMember: false, side: null, onBehalfOf: 'org-kestrel-icb', substituteFor: null, from: date('2022-07-01'), to: null, source: 'doc-icb-register-2025', locator: null},
  {id: 'm-margaret-osei-icb-35', person: 'person-margaret-osei', board: 'board-icb', role: 'MEMBER', voting: true, electedMember: false, side: null, onBehalfOf: 'org-kestrel-icb', substituteFor: null, from: date('2022-07-01'), to: null, source: 'doc-icb-register-2025', locator: null},
  {id: 'm-david-kowalczyk-icb-36', person: 'person-david-kowalczyk', board: 'board-icb', role: 'MEMBER', voting: true, electedMember: false, side: null, onBehalfOf: 'org-kestrel-icb', substituteFor: null, from: date('2022-07-01'), to: null, source: 'doc-icb-register-2025', locator: null},
  {id: 'm-claire-donnelly-icb-37', person: 'person-claire-donnelly', board: 'board-icb', role: 'MEMBER', voting: true, electedMember: false, side: null, onBehalfOf: 'org-kestrel-icb', substituteFor: null, from: date('2022-07-01'), to: null, source: 'doc-icb-register-2025', locator: null},
  {id: 'm-fiona-mcallister-icb-38', person: 'person-fiona-mcallister', board: 'board-icb', role: 'MEMBER', voting: true, electedMember: false, side: null, onBehalfOf: 'org-kestrel-icb', substituteFor: null, from: date('2022-07-01'), to: null, source: 'doc-icb-register-2025', locator: null},
  {id: 'm-priya-shah-icb-39', person: 'person-priya-shah', board: 'board-icb', role: 'MEMBER', voting: true, electedMember: false, side: null, onBehalfOf: 'org-kestrel-icb', substituteFor: null, from: date('2022-07-01'), to: null, source: 'doc-icb-register-2025', locator: null},
  {id: 'm-imran-siddiqui-icb-40', person: 'person-imran-siddiqui', board: 'board-icb', role: 'MEMBER', voting: true, electedMember: false, side: null, onBehalfOf: 'org-eastwater-community', substituteFor: null, from: date('2022-07-01'), to: null, source: 'doc-icb-register-2025', locator: null},
  {id: 'm-dev-marchetti-icb-41', person: 'person-dev-marchetti', board: 'board-icb', role: 'MEMBER', voting: true, electedMember: false, side: null, onBehalfOf: 'org-brackenford-gp-confederation', substituteFor: null, from: date('2022-07-01'), to: null, source: 'doc-icb-register-2025', locator: null},
  {id: 'm-rosa-lindqvist-icb-42', person: 'person-rosa-lindqvist', board: 'board-icb', role: 'MEMBER', voting: true, electedMember: false, side: null, onBehalfOf: 'org-brackenford-council', substituteFor: null, from: date('2022-07-01'), to: null, source: 'doc-icb-register-2025', locator: null},
  {id: 'm-sophie-marsh-icb-43', person: 'person-sophie-marsh', board: 'board-icb', role: 'REGULAR_ATTENDEE', voting: false, electedMember: false, side: null, onBehalfOf: 'org-kestrel-icb', substituteFor: null, from: date('2022-07-01'), to: null, source: null, locator: null},
  {id: 'm-fiona-mcallister-icb-audit-44', person: 'person-fiona-mcallister', board: 'board-icb-audit', role: 'CHAIR', voting: true, electedMember: false, side: null, onBehalfOf: 'org-kestrel-icb', substituteFor: null, from: date('2022-07-01'), to: null, source: 'doc-icb-register-2025', locator: null},
  {id: 'm-rajesh-nair-icb-audit-45', person: 'person-rajesh-nair', board: 'board-icb-audit', role: 'MEMBER', voting: true, electedMember: false, side: null, onBehalfOf: 'org-kestrel-icb', substituteFor: null, from: date('2022-07-01'), to: null, source: 'doc-icb-register-2025', locator: null},
  {id: 'm-olu-bankole-icb-audit-46', person: 'person-olu-bankole', board: 'board-icb-audit', role: 'MEMBER', voting: true, electedMember: false, side: null, onBehalfOf: 'org-kestrel-icb', substituteFor: null, from: date('2022-07-01'), to: null, source: 'doc-icb-register-2025', locator: null},
  {id: 'm-david-kowalczyk-icb-audit-47', person: 'person-david-kowalczyk', board: 'board-icb-audit', role: 'REGULAR_ATTENDEE', voting: false, electedMember: false, side: null, onBehalfOf: 'org-kestrel-icb', substituteFor: null, from: date('2022-07-01'), to: null, source: 'doc-icb-register-2025', locator: null},
  {id: 'm-rajesh-nair-icb-primary-care-48', person: 'person-rajesh-nair', board: 'board-icb-primary-care', role: 'CHAIR', voting: true, electedMember: false, side: null, onBehalfOf: 'org-kestrel-icb', substituteFor: null, from: date('2022-07-01'), to: null, source: 'doc-icb-register-2025', locator: null},
  {id: 'm-olu-bankole-icb-primary-care-49', person: 'person-olu-bankole', board: 'board-icb-primary-care', role: 'VICE_CHAIR', voting: true, electedMember: false, side: null, onBehalfOf: 'org-kestrel-icb', substituteFor: null, from: date('2022-07-01'), to: null, source: 'doc-icb-register-2025', locator: null},
  {id: 'm-margaret-osei-icb-primary-care-50', person: 'person-margaret-osei', board: 'board-icb-primary-care', role: 'MEMBER', voting: true, electedMember: false, side: null, onBehalfOf: 'org-kestrel-icb', substituteFor: null, from: date('2022-07-01'), to: null, source: 'doc-icb-register-2025', locator: null},
  {id: 'm-sarah-lindgren-icb-primary-care-51', person: 'person-sarah-lindgren', board: 'board-icb-primary-care', role: 'MEMBER', voting: true, electedMember: false, side: null, onBehalfOf: 'org-kestrel-icb', substituteFor: null, from: date('2022-07-01'), to: null, source: 'doc-icb-register-2025', locator: null},
  {id: 'm-claire-donnelly-icb-primary-care-52', person: 'person-claire-donnelly', board: 'board-icb-primary-care', role: 'MEMBER', voting: true, electedMember: false, side: null, onBehalfOf: 'org-kestrel-icb', substituteFor: null, from: date('2022-07-01'), to: null, source: 'doc-icb-register-2025', locator: null},
  {id: 'm-dev-marchetti-icb-primary-care-53', person: 'person-dev-marchetti', board: 'board-icb-primary-care', role: 'ADVISOR', voting: false, electedMember: false, side: null, onBehalfOf: 'org-brackenford-gp-confederation', substituteFor: null, from: date('2022-07-01'), to: null, source: 'doc-icb-register-2025', locator: null},
  {id: 'm-felix-osterberg-icb-primary-care-54', person: 'person-felix-osterberg', board: 'board-icb-primary-care', role: 'ADVISOR', voting: false, electedMember: false, side: null, onBehalfOf: 'org-brackenford-central-pcn', substituteFor: null, from: date('2022-07-01'), to: null, source: 'doc-icb-register-2025', locator: null},
  {id: 'm-tomas-brennan-icb-primary-care-55', person: 'person-tomas-brennan', board: 'board-icb-primary-care', role: 'REGULAR_ATTENDEE', voting: false, electedMember: false, side: null, onBehalfOf: 'org-healthwatch-brackenford', substituteFor: null, from: date('2022-07-01'), to: null, source: 'doc-icb-register-2025', locator: null},
  {id: 'm-david-kowalczyk-icb-finance-56', person: 'person-david-kowalczyk', board: 'board-icb-finance', role: 'CHAIR', voting: true, electedMember: false, side: null, onBehalfOf: 'org-kestrel-icb', substituteFor: null, from: date('2022-07-01'), to: null, source: 'doc-icb-register-2025', locator: null},
  {id: 'm-olu-bankole-icb-finance-57', person: 'person-olu-bankole', board: 'board-icb-finance', role: 'MEMBER', voting: true, electedMember: false, side: null, onBehalfOf: 'org-kestrel-icb', substituteFor: null, from: date('2022-07-01'), to: null, source: 'doc-icb-register-2025', locator: null},
  {id: 'm-margaret-osei-icb-finance-58', person: 'person-margaret-osei', board: 'board-icb-finance', role: 'MEMBER', voting: true, electedMember: false, side: null, onBehalfOf: 'org-kestrel-icb', substituteFor: null, from: date('2022-07-01'), to: null, source: 'doc-icb-register-2025', locator: null},
  {id: 'm-amara-nwosu-icb-finance-59', person: 'person-amara-nwosu', board: 'board-icb-finance', role: 'MEMBER', voting: true, electedMember: false, side: null, onBehalfOf: 'org-kestrel-icb', substituteFor: null, from: date('2022-07-01'), to: null, source: 'doc-icb-register-2025', locator: null},
  {id: 'm-alma-okonkwo-bcf-60', person: 'person-alma-okonkwo', board: 'board-bcf', role: 'CO_CHAIR', voting: true, electedMember: false, side: 'Brackenford Council', onBehalfOf: 'org-brackenford-council', substituteFor: null, from: date('2023-04-01'), to: null, source: 'doc-bcf-s75-2023', locator: 'Schedule 2'},
  {id: 'm-kwame-asante-bcf-61', person: 'person-kwame-asante', board: 'board-bcf', role: 'MEMBER', voting: true, electedMember: false, side: 'Brackenford Council', onBehalfOf: 'org-brackenford-council', substituteFor: null, from: date('2023-04-01'), to: null, source: 'doc-bcf-s75-2023', locator: 'Schedule 2'},
  {id: 'm-helen-achterberg-bcf-62', person: 'person-helen-achterberg', board: 'board-bcf', role: 'ADVISOR', voting: false, electedMember: false, side: 'Brackenford Council', onBehalfOf: 'org-brackenford-council', substituteFor: null, from: date('2023-04-01'), to: null, source: 'doc-bcf-s75-2023', locator: 'Schedule 2'},
  {id: 'm-david-kowalczyk-bcf-63', person: 'person-david-kowalczyk', board: 'board-bcf', role: 'CO_CHAIR', voting: true, electedMember: false, side: 'Kestrel ICB', onBehalfOf: 'org-kestrel-icb', substituteFor: null, from: date('2023-04-01'), to: null, source: 'doc-bcf-s75-2023', locator: 'Schedule 2'},
  {id: 'm-sarah-lindgren-bcf-64', person: 'person-sarah-lindgren', board: 'board-bcf', role: 'MEMBER', voting: true, electedMember: false, side: 'Kestrel ICB', onBehalfOf: 'org-kestrel-icb', substituteFor: null, from: date('2023-04-01'), to: null, source: 'doc-bcf-s75-2023', locator: 'Schedule 2'},
  {id: 'm-jonah-pryce-bcf-65', person: 'person-jonah-pryce', board: 'board-bcf', role: 'REGULAR_ATTENDEE', voting: false, electedMember: false, side: null, onBehalfOf: 'org-brackenford-voluntary-action', substituteFor: null, from: date('2023-04-01'), to: null, source: 'doc-bcf-s75-2023', locator: 'Schedule 2'},
  {id: 'm-samuel-adeyemi-eastwater-icb-66', person: 'person-samuel-adeyemi', board: 'board-eastwater-icb', role: 'CHAIR', voting: true, electedMember: true, side: null, onBehalfOf: 'org-eastwater-council', substituteFor: null, from: date('2022-07-01'), to: null, source: 'doc-ld-s75-2022', locator: 'Clause 9'},
  {id: 'm-joan-featherstone-eastwater-icb-67', person: 'person-joan-featherstone', board: 'board-eastwater-icb', role: 'MEMBER', voting: true, electedMember: true, side: null, onBehalfOf: 'org-eastwater-council', substituteFor: null, from: date('2022-07-01'), to: null, source: 'doc-ld-s75-2022', locator: 'Clause 9'},
  {id: 'm-bethany-clarke-eastwater-icb-68', person: 'person-bethany-clarke', board: 'board-eastwater-icb', role: 'MEMBER', voting: true, electedMember: false, side: null, onBehalfOf: 'org-eastwater-council', substituteFor: null, from: date('2022-07-01'), to: null, source: 'doc-ld-s75-2022', locator: 'Clause 9'},
  {id: 'm-graham-pike-eastwater-icb-69', person: 'person-graham-pike', board: 'board-eastwater-icb', role: 'MEMBER', voting: true, electedMember: false, side: null, onBehalfOf: 'org-eastwater-council', substituteFor: null, from: date('2022-07-01'), to: null, source: 'doc-ld-s75-2022', locator: 'Clause 9'},
  {id: 'm-margaret-osei-eastwater-icb-70', person: 'person-margaret-osei', board: 'board-eastwater-icb', role: 'MEMBER', voting: true, electedMember: false, side: null, onBehalfOf: 'org-kestrel-icb', substituteFor: null, from: date('2022-07-01'), to: null, source: 'doc-ld-s75-2022', locator: 'Clause 9'},
  {id: 'm-niamh-callaghan-eastwater-icb-71', person: 'person-niamh-callaghan', board: 'board-eastwater-icb', role: 'MEMBER', voting: true, electedMember: false, side: null, onBehalfOf: 'org-kestrel-icb', substituteFor: null, from: date('2022-07-01'), to: null, source: 'doc-ld-s75-2022', locator: 'Clause 9'},
  {id: 'm-martin-greaves-eastwater-icb-72', person: 'person-martin-greaves', board: 'board-eastwater-icb', role: 'ADVISOR', voting: false, electedMember: false, side: null, onBehalfOf: 'org-kestrel-icb', substituteFor: null, from: date('2022-07-01'), to: null, source: 'doc-ld-s75-2022', locator: 'Clause 9'},
  {id: 'm-rosa-lindqvist-place-73', person: 'person-rosa-lindqvist', board: 'board-place', role: 'CHAIR', voting: true, electedMember: false, side: null, onBehalfOf: 'org-brackenford-council', substituteFor: null, from: date('2024-04-01'), to: null, source: 'doc-place-roster-2025', locator: null},
  {id: 'm-joan-featherstone-place-74', person: 'person-joan-featherstone', board: 'board-place', role: 'VICE_CHAIR', voting: true, electedMember: false, side: null, onBehalfOf: 'org-eastwater-council', substituteFor: null, from: date('2024-04-01'), to: null, source: 'doc-place-roster-2025', locator: null},
  {id: 'm-margaret-osei-place-75', person: 'person-margaret-osei', board: 'board-place', role: 'MEMBER', voting: true, electedMember: false, side: null, onBehalfOf: 'org-kestrel-icb', substituteFor: null, from: date('2024-04-01'), to: null, source: 'doc-place-roster-2025', locator: null},
  {id: 'm-laura-pemberton-place-76', person: 'person-laura-pemberton', board: 'board-place', role: 'MEMBER', voting: true, electedMember: false, side: null, onBehalfOf: 'org-brackenford-hospital', substituteFor: null, from: date('2024-04-01'), to: null, source: 'doc-place-roster-2025', locator: null},
  {id: 'm-imran-siddiqui-place-77', person: 'person-imran-siddiqui', board: 'board-place', role: 'MEMBER', voting: true, electedMember: false, side: null, onBehalfOf: 'org-eastwater-community', substituteFor: null, from: date('2024-04-01'), to: null, source: 'doc-place-roster-2025', locator: null},
  {id: 'm-zainab-hussain-place-78', person: 'person-zainab-hussain', board: 'board-place', role: 'MEMBER', voting: true, electedMember: false, side: null, onBehalfOf: 'org-kestrel-mental-health', substituteFor: null, from: date('2024-04-01'), to: null, source: 'doc-place-roster-2025', locator: null},
  {id: 'm-dev-marchetti-place-79', person: 'person-dev-marchetti', board: 'board-place', role: 'MEMBER', voting: true, electedMember: false, side: null, onBehalfOf: 'org-brackenford-gp-confederation', substituteFor: null, from: date('2024-04-01'), to: null, source: 'doc-place-roster-2025', locator: null},
  {id: 'm-yusuf-demir-place-80', person: 'person-yusuf-demir', board: 'board-place', role: 'MEMBER', voting: true, electedMember: false, side: null, onBehalfOf: 'org-brackenford-voluntary-action', substituteFor: null, from: date('2024-04-01'), to: null, source: 'doc-place-roster-2025', locator: null},
  {id: 'm-hannah-brooks-place-81', person: 'person-hannah-brooks', board: 'board-place', role: 'MEMBER', voting: true, electedMember: false, side: null, onBehalfOf: 'org-healthwatch-eastwater', substituteFor: null, from: date('2024-04-01'), to: null, source: 'doc-place-roster-2025', locator: null},
  {id: 'm-tomas-brennan-place-82', person: 'person-tomas-brennan', board: 'board-place', role: 'MEMBER', voting: true, electedMember: false, side: null, onBehalfOf: 'org-healthwatch-brackenford', substituteFor: null, from: date('2024-04-01'), to: null, source: 'doc-place-roster-2025', locator: null},
  {id: 'm-ruth-abernethy-place-83', person: 'person-ruth-abernethy', board: 'board-place', role: 'MEMBER', voting: true, electedMember: false, side: null, onBehalfOf: 'org-lantern-house', substituteFor: null, from: date('2024-04-01'), to: null, source: 'doc-place-roster-2025', locator: null},
  {id: 'm-laura-pemberton-acute-collaborative-84', person: 'person-laura-pemberton', board: 'board-acute-collaborative', role: 'CHAIR', voting: true, electedMember: false, side: null, onBehalfOf: 'org-brackenford-hospital', substituteFor: null, from: date('2023-10-01'), to: null, source: null, locator: null},
  {id: 'm-thomas-reinholt-acute-collaborative-85', person: 'person-thomas-reinholt', board: 'board-acute-collaborative', role: 'MEMBER', voting: true, electedMember: false, side: null, onBehalfOf: 'org-meadowbank-hospitals', substituteFor: null, from: date('2023-10-01'), to: null, source: null, locator: null},
  {id: 'm-oliver-bright-acute-collaborative-86', person: 'person-oliver-bright', board: 'board-acute-collaborative', role: 'MEMBER', voting: true, electedMember: false, side: null, onBehalfOf: 'org-meadowbank-hospitals', substituteFor: null, from: date('2023-10-01'), to: null, source: null, locator: null},
  {id: 'm-william-fenn-acute-collaborative-87', person: 'person-william-fenn', board: 'board-acute-collaborative', role: 'ADVISOR', voting: false, electedMember: false, side: null, onBehalfOf: 'org-kestrel-icb', substituteFor: null, from: date('2023-10-01'), to: null, source: null, locator: null}
] AS r
MATCH (p:Person {id: r.person}), (b:Board {id: r.board})
CREATE (p)<-[:HELD_BY]-(m:Membership {id: r.id, role: r.role, voting: r.voting, electedMember: r.electedMember,
  side: r.side, from: r.from, to: r.to, createdAt: datetime()})-[:ON_BOARD]->(b)
WITH m, r
OPTIONAL MATCH (o:Organisation {id: r.onBehalfOf})
OPTIONAL MATCH (s:Person {id: r.substituteFor})
OPTIONAL MATCH (d:SourceDocument {id: r.source})
FOREACH (x IN CASE WHEN o IS NULL THEN [] ELSE [o] END | CREATE (m)-[:ON_BEHALF_OF]->(x))
FOREACH (x IN CASE WHEN s IS NULL THEN [] ELSE [s] END | CREATE (m)-[:SUBSTITUTE_FOR]->(x))
FOREACH (x IN CASE WHEN d IS NULL THEN [] ELSE [d] END | CREATE (m)-[:SOURCED_FROM {locator: r.locator}]->(x));

UNWIND [
  {id: 'partnership-place', name: 'Brackenford and Eastwater Health and Care Partnership', kind: 'PLACE_BASED_PARTNERSHIP', place: 'Brackenford and Eastwater', board: 'board-place'},
  {id: 'partnership-acute-collaborative', name: 'Kestrel Acute Provider Collaborative', kind: 'PROVIDER_COLLABORATIVE', place: 'Kestrel ICS', board: 'board-acute-collaborative'}
] AS x
MATCH (b:Board {id: x.board})
CREATE (p:Partnership {id: x.id, name: x.name, kind: x.kind, place: x.place, searchText: toLower(x.name),
  createdAt: datetime()})-[:GOVERNED_BY]->(b);

UNWIND [
  {id: 'pm-00', partnership: 'partnership-place', organisation: 'org-kestrel-icb', role: 'HOST', from: date('2024-04-01'), to: null},
  {id: 'pm-01', partnership: 'partnership-place', organisation: 'org-brackenford-council', role: 'MEMBER', from: date('2024-04-01'), to: null},
  {id: 'pm-02', partnership: 'partnership-place', organisation: 'org-eastwater-council', role: 'MEMBER', from: date('2024-04-01'), to: null},
  {id: 'pm-03', partnership: 'partnership-place', organisation: 'org-brackenford-hospital', role: 'MEMBER', from: date('2024-04-01'), to: null},
  {id: 'pm-04', partnership: 'partnership-place', organisation: 'org-eastwater-community', role: 'MEMBER', from: date('2024-04-01'), to: null},
  {id: 'pm-05', partnership: 'partnership-place', organisation: 'org-kestrel-mental-health', role: 'MEMBER', from: date('2024-04-01'), to: null},
  {id: 'pm-06', partnership: 'partnership-place', organisation: 'org-brackenford-gp-confederation', role: 'MEMBER', from: date('2024-04-01'), to: null},
  {id: 'pm-07', partnership: 'partnership-place', organisation: 'org-healthwatch-brackenford', role: 'ASSOCIATE', from: date('2024-04-01'), to: null},
  {id: 'pm-08', partnership: 'partnership-place', organisation: 'org-healthwatch-eastwater', role: 'ASSOCIATE', from: date('2024-04-01'), to: null},
  {id: 'pm-09', partnership: 'partnership-place', organisation: 'org-brackenford-voluntary-action', role: 'MEMBER', from: date('2024-04-01'), to: null},
  {id: 'pm-10', partnership: 'partnership-place', organisation: 'org-lantern-house', role: 'ASSOCIATE', from: date('2024-10-01'), to: null},
  {id: 'pm-11', partnership: 'partnership-acute-collaborative', organisation: 'org-brackenford-hospital', role: 'LEAD_PROVIDER', from: date('2023-10-01'), to: null},
  {id: 'pm-12', partnership: 'partnership-acute-collaborative', organisation: 'org-meadowbank-hospitals', role: 'MEMBER', from: date('2023-10-01'), to: null},
  {id: 'pm-13', partnership: 'partnership-acute-collaborative', organisation: 'org-eastwater-community', role: 'ASSOCIATE', from: date('2023-10-01'), to: date('2024-03-31')}
] AS x
MATCH (p:Partnership {id: x.partnership}), (o:Organisation {id: x.organisation})
CREATE (o)<-[:PARTNER]-(pm:PartnershipMembership {id: x.id, role: x.role, from: x.from, to: x.to,
  createdAt: datetime()})-[:IN_PARTNERSHIP]->(p)
WITH pm
MATCH (d:SourceDocument {id: 'doc-place-roster-2025'})
CREATE (pm)-[:SOURCED_FROM {locator: 'Partners table'}]->(d);

UNWIND [
  {id: 's75-brackenford-bcf', reference: 'S75-BRK-BCF-2023', title: 'Brackenford Better Care Fund Section 75 Agreement', purposes: ['POOLED_BUDGET'], schemes: ['Better Care Fund', 'Disabled Facilities Grant', 'Hospital discharge'], startDate: date('2023-04-01'), endDate: date('2027-03-31'), status: 'ACTIVE', board: 'board-bcf', source: 'doc-bcf-s75-2023'},
  {id: 's75-eastwater-ld', reference: 'S75-EWT-LD-2022', title: 'Eastwater Learning Disabilities Lead Commissioning Agreement', purposes: ['LEAD_COMMISSIONING', 'POOLED_BUDGET'], schemes: ['Learning disabilities', 'Autism'], startDate: date('2022-07-01'), endDate: date('2027-06-30'), status: 'ACTIVE', board: 'board-eastwater-icb', source: 'doc-ld-s75-2022'}
] AS a
MATCH (b:Board {id: a.board}), (d:SourceDocument {id: a.source})
CREATE (n:Agreement {id: a.id, kind: 'SECTION_75', reference: a.reference, title: a.title, purposes: a.purposes,
  schemes: a.schemes, startDate: a.startDate, endDate: a.endDate, status: a.status,
  searchText: toLower(a.reference) + ' | ' + toLower(a.title), createdAt: datetime()})-[:GOVERNED_BY]->(b)
CREATE (n)-[:SOURCED_FROM {locator: 'Clause 1'}]->(d);

UNWIND [
  {id: 'ap-bcf-council', agreement: 's75-brackenford-bcf', organisation: 'org-brackenford-council', role: 'HOST'},
  {id: 'ap-bcf-icb', agreement: 's75-brackenford-bcf', organisation: 'org-kestrel-icb', role: 'PARTNER'},
  {id: 'ap-ld-council', agreement: 's75-eastwater-ld', organisation: 'org-eastwater-council', role: 'HOST'},
  {id: 'ap-ld-icb', agreement: 's75-eastwater-ld', organisation: 'org-kestrel-icb', role: 'PARTNER'}
] AS x
MATCH (a:Agreement {id: x.agreement}), (o:Organisation {id: x.organisation})
CREATE (o)<-[:PARTY]-(:AgreementParty {id: x.id, role: x.role, createdAt: datetime()})-[:TO_AGREEMENT]->(a);

UNWIND [
  {id: 'variation-bcf-extension-2025', agreement: 's75-brackenford-bcf', kind: 'EXTENSION', agreedOn: date('2025-02-20'), description: 'Extended for two years to align with the national BCF policy framework', newEndDate: date('2027-03-31'), previousEndDate: date('2025-03-31'), source: 'doc-bcf-deed-2025'},
  {id: 'variation-ld-autism-2024', agreement: 's75-eastwater-ld', kind: 'VARIATION', agreedOn: date('2024-09-12'), description: 'Autism diagnostic pathway added to the services in scope', newEndDate: null, previousEndDate: null, source: 'doc-ld-s75-2022'}
] AS x
MATCH (a:Agreement {id: x.agreement}), (d:SourceDocument {id: x.source})
CREATE (v:AgreementVariation {id: x.id, kind: x.kind, agreedOn: x.agreedOn, description: x.description,
  newEndDate: x.newEndDate, previousEndDate: x.previousEndDate, createdAt: datetime()})-[:VARIES]->(a)
CREATE (v)-[:SOURCED_FROM {locator: 'Clause 2'}]->(d);

UNWIND [
  {id: 'fund-brackenford-bcf', agreement: 's75-brackenford-bcf', name: 'Brackenford BCF Pooled Fund', scheme: 'Better Care Fund', host: 'org-brackenford-council'},
  {id: 'fund-eastwater-ld', agreement: 's75-eastwater-ld', name: 'Eastwater Learning Disabilities Pooled Fund', scheme: 'Learning disabilities', host: 'org-eastwater-council'}
] AS x
MATCH (a:Agreement {id: x.agreement}), (o:Organisation {id: x.host})
CREATE (o)<-[:HOSTED_BY]-(:PooledFund {id: x.id, name: x.name, scheme: x.scheme, createdAt: datetime()})-[:UNDER_AGREEMENT]->(a);

UNWIND [
  {id: 'contribution-00', fund: 'fund-brackenford-bcf', party: 'org-brackenford-council', financialYear: '2024/25', amountPence: 625000000, source: 'doc-bcf-s75-2023', locator: 'Schedule 3'},
  {id: 'contribution-01', fund: 'fund-brackenford-bcf', party: 'org-kestrel-icb', financialYear: '2024/25', amountPence: 1840000000, source: 'doc-bcf-s75-2023', locator: 'Schedule 3'},
  {id: 'contribution-02', fund: 'fund-brackenford-bcf', party: 'org-brackenford-council', financialYear: '2025/26', amountPence: 650000000, source: 'doc-bcf-plan-2025', locator: 'Table 4'},
  {id: 'contribution-03', fund: 'fund-brackenford-bcf', party: 'org-kestrel-icb', financialYear: '2025/26', amountPence: 1910000000, source: 'doc-bcf-plan-2025', locator: 'Table 4'},
  {id: 'contribution-04', fund: 'fund-brackenford-bcf', party: 'org-kestrel-icb', financialYear: '2025/26', amountPence: 1940000000, source: 'doc-bhwb-report-2025-07', locator: 'Paragraph 3.2'},
  {id: 'contribution-05', fund: 'fund-eastwater-ld', party: 'org-eastwater-council', financialYear: '2024/25', amountPence: 2120000000, source: 'doc-ld-s75-2022', locator: 'Schedule 1'},
  {id: 'contribution-06', fund: 'fund-eastwater-ld', party: 'org-kestrel-icb', financialYear: '2024/25', amountPence: 1475000000, source: 'doc-ld-s75-2022', locator: 'Schedule 1'},
  {id: 'contribution-07', fund: 'fund-eastwater-ld', party: 'org-eastwater-council', financialYear: '2025/26', amountPence: 2210000000, source: 'doc-ld-s75-2022', locator: 'Schedule 1'},
  {id: 'contribution-08', fund: 'fund-eastwater-ld', party: 'org-kestrel-icb', financialYear: '2025/26', amountPence: 1530000000, source: 'doc-ld-s75-2022', locator: 'Schedule 1'}
] AS x
MATCH (f:PooledFund {id: x.fund}), (o:Organisation {id: x.party}), (d:SourceDocument {id: x.source})
CREATE (f)<-[:TO_FUND]-(c:Contribution {id: x.id, financialYear: x.financialYear, amountPence: x.amountPence,
  createdAt: datetime()})-[:FROM_PARTY]->(o)
CREATE (c)-[:SOURCED_FROM {locator: x.locator}]->(d);

UNWIND [
  {person: 'person-tomas-brennan', organisation: 'org-harbour-care', subject: null, nature: 'Director; Shareholder', type: 'DISCLOSABLE_PECUNIARY', typeAsDeclared: 'Pecuniary Interest', declaredOn: date('2024-11-02'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: 'p. 3', id: 'interest-000'},
  {person: 'person-tomas-brennan', organisation: 'org-harbour-care', subject: null, nature: 'Company Secretary', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Personal non-financial interest', declaredOn: date('2024-11-02'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: 'p. 3', id: 'interest-001'},
  {person: 'person-tomas-brennan', organisation: null, subject: 'Land interests - 12 Mill Lane; 3-5 Quay Road, Brackenford', nature: 'Land interests - 12 Mill Lane; 3-5 Quay Road', type: 'DISCLOSABLE_PECUNIARY', typeAsDeclared: 'Pecuniary Interest', declaredOn: date('2024-11-02'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: 'p. 3', id: 'interest-002'},
  {person: 'person-rosa-lindqvist', organisation: 'org-harbour-care', subject: null, nature: 'Spouse is operations director', type: 'INDIRECT', typeAsDeclared: 'Indirect interest', declaredOn: date('2024-06-05'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: 'p. 1', id: 'interest-003'},
  {person: 'person-rosa-lindqvist', organisation: 'org-brackenford-council', subject: null, nature: 'Deputy Leader and Cabinet Member for Health', type: 'DISCLOSABLE_PECUNIARY', typeAsDeclared: 'Pecuniary Interest', declaredOn: date('2024-06-05'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: 'p. 1', id: 'interest-004'},
  {person: 'person-rosa-lindqvist', organisation: 'org-brackenford-labour', subject: null, nature: 'Member', type: 'NON_PECUNIARY', typeAsDeclared: 'Non-pecuniary interest', declaredOn: date('2024-06-05'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: 'p. 1', id: 'interest-005'},
  {person: 'person-rosa-lindqvist', organisation: 'org-ashgrove-surgery', subject: null, nature: 'Registered patient', type: 'NON_PECUNIARY', typeAsDeclared: 'Non-pecuniary interest', declaredOn: date('2024-06-05'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: 'p. 1', id: 'interest-178'},
  {person: 'person-tomas-brennan', organisation: null, subject: 'Ashgrove Residents\' Association', nature: 'Chair', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Personal non-financial interest', declaredOn: date('2024-11-02'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: 'p. 3', id: 'interest-179'},
  {person: 'person-dev-marchetti', organisation: 'org-ashgrove-surgery', subject: null, nature: 'GP Partner', type: 'FINANCIAL', typeAsDeclared: 'Financial interest', declaredOn: date('2025-04-02'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: 'row 41', id: 'interest-006'},
  {person: 'person-dev-marchetti', organisation: 'org-brackenford-gp-confederation', subject: null, nature: 'Clinical Director (sessional, paid)', type: 'FINANCIAL', typeAsDeclared: 'Professional financial interest', declaredOn: date('2025-04-02'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: 'row 42', id: 'interest-007'},
  {person: 'person-dev-marchetti', organisation: 'org-bma', subject: null, nature: 'Regional Council member', type: 'NON_FINANCIAL_PROFESSIONAL', typeAsDeclared: 'Non-financial professional interest', declaredOn: date('2025-04-02'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: 'row 43', id: 'interest-008'},
  {person: 'person-priya-shah', organisation: 'org-brackenford-hospital', subject: null, nature: 'Non-Executive Director', type: 'FINANCIAL', typeAsDeclared: 'Financial interest', declaredOn: date('2025-01-31'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: 'row 12', id: 'interest-009'},
  {person: 'person-priya-shah', organisation: 'org-meadowbank-hospitals', subject: null, nature: 'Spouse is a consultant surgeon', type: 'INDIRECT', typeAsDeclared: 'Indirect', declaredOn: date('2025-01-31'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: 'row 13', id: 'interest-010'},
  {person: 'person-imran-siddiqui', organisation: 'org-eastwater-community', subject: null, nature: 'Chief Executive', type: 'FINANCIAL', typeAsDeclared: 'Financial interest', declaredOn: date('2025-04-10'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: 'row 30', id: 'interest-011'},
  {person: 'person-laura-pemberton', organisation: 'org-brackenford-hospital', subject: null, nature: 'Chief Executive', type: 'FINANCIAL', typeAsDeclared: 'Financial interest', declaredOn: date('2025-04-10'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-012'},
  {person: 'person-alma-okonkwo', organisation: 'org-lantern-house', subject: null, nature: 'Trustee', type: 'NON_PECUNIARY', typeAsDeclared: 'Non-Pecuniary Interest', declaredOn: date('2021-03-14'), validFrom: null, validTo: date('2023-12-31'), withheld: false, source: 'doc-bhwb-register-2025', locator: 'p. 2', id: 'interest-013'},
  {person: 'person-alma-okonkwo', organisation: 'org-brackenford-council', subject: null, nature: 'Director - Adults, Health and Communities', type: 'DISCLOSABLE_PECUNIARY', typeAsDeclared: 'Pecuniary Interest', declaredOn: date('2024-03-14'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: 'p. 2', id: 'interest-014'},
  {person: 'person-samuel-adeyemi', organisation: 'org-kestrel-homecare', subject: null, nature: 'Non-executive director (from January 2026)', type: 'DISCLOSABLE_PECUNIARY', typeAsDeclared: 'Disclosable pecuniary interest', declaredOn: date('2025-11-20'), validFrom: date('2026-01-01'), validTo: null, withheld: false, source: 'doc-ewhwb-register-2025', locator: null, id: 'interest-015'},
  {person: 'person-david-kowalczyk', organisation: 'org-lantern-house', subject: null, nature: 'Trustee', type: 'NON_FINANCIAL_PROFESSIONAL', typeAsDeclared: 'Non-financial professional interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-016'},
  {person: 'person-david-kowalczyk', organisation: null, subject: 'Sensitive interest', nature: 'Details withheld (sensitive interest)', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: null, declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: true, source: 'doc-icb-register-2025', locator: null, id: 'interest-017'},
  {person: 'person-joan-featherstone', organisation: 'org-eastwater-carers', subject: null, nature: 'Chair of trustees', type: 'NON_PECUNIARY', typeAsDeclared: 'Non-Pecuniary Interest', declaredOn: date('2024-05-30'), validFrom: null, validTo: null, withheld: false, source: 'doc-ewhwb-register-2025', locator: null, id: 'interest-018'},
  {person: 'person-joan-featherstone', organisation: 'org-eastwater-independents', subject: null, nature: 'Group leader', type: 'NON_PECUNIARY', typeAsDeclared: null, declaredOn: date('2024-05-30'), validFrom: null, validTo: null, withheld: false, source: 'doc-ewhwb-register-2025', locator: null, id: 'interest-019'},
  {person: 'person-peter-watts', organisation: 'org-riverside-housing', subject: null, nature: 'Tenant board member', type: 'NON_PECUNIARY', typeAsDeclared: null, declaredOn: date('2024-05-30'), validFrom: null, validTo: null, withheld: false, source: 'doc-ewhwb-register-2025', locator: null, id: 'interest-020'},
  {person: 'person-ruth-abernethy', organisation: 'org-lantern-house', subject: null, nature: 'Chief Executive', type: 'FINANCIAL', typeAsDeclared: null, declaredOn: date('2024-10-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-place-roster-2025', locator: null, id: 'interest-021'},
  {person: 'person-felix-osterberg', organisation: 'org-millbrook-medical', subject: null, nature: 'GP Partner', type: 'FINANCIAL', typeAsDeclared: null, declaredOn: date('2025-04-02'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-022'},
  {person: 'person-felix-osterberg', organisation: 'org-brackenford-central-pcn', subject: null, nature: 'Clinical Director', type: 'FINANCIAL', typeAsDeclared: null, declaredOn: date('2025-04-02'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-023'},
  {person: 'person-yusuf-demir', organisation: 'org-brackenford-voluntary-action', subject: null, nature: 'Chief Executive', type: 'FINANCIAL', typeAsDeclared: null, declaredOn: date('2024-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-place-roster-2025', locator: null, id: 'interest-024'},
  {person: 'person-margaret-osei', organisation: 'org-kestrel-icb', subject: null, nature: 'Chief Executive', type: 'FINANCIAL', typeAsDeclared: null, declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-025'},
  {person: 'person-margaret-osei', organisation: 'org-st-annes-school', subject: null, nature: 'Governor', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: null, declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-026'},
  {person: 'person-hannah-brooks', organisation: 'org-healthwatch-eastwater', subject: null, nature: 'Deputy Chief Executive', type: 'FINANCIAL', typeAsDeclared: null, declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-ewhwb-register-2025', locator: null, id: 'interest-027'},
  {person: 'person-grace-whitfield', organisation: 'org-healthwatch-eastwater', subject: null, nature: 'Chief Executive', type: 'FINANCIAL', typeAsDeclared: null, declaredOn: date('2023-04-01'), validFrom: null, validTo: date('2025-03-31'), withheld: false, source: 'doc-ewhwb-register-2025', locator: null, id: 'interest-028'},
  {person: 'person-sarah-lindgren', organisation: 'org-harbour-care', subject: null, nature: 'Brother is a director', type: 'INDIRECT', typeAsDeclared: 'Indirect interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-029'},
  {person: 'person-rosa-lindqvist', organisation: null, subject: 'Homeowner in Brackenford', nature: 'Homeowner', type: 'DISCLOSABLE_PECUNIARY', typeAsDeclared: 'Pecuniary Interest', declaredOn: date('2024-05-30'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-030'},
  {person: 'person-rosa-lindqvist', organisation: 'org-unison', subject: null, nature: 'Member', type: 'NON_PECUNIARY', typeAsDeclared: 'Non-pecuniary interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-031'},
  {person: 'person-rosa-lindqvist', organisation: 'org-riverside-housing', subject: null, nature: 'Shared-ownership leaseholder', type: 'NON_PECUNIARY', typeAsDeclared: 'Non-pecuniary interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-032'},
  {person: 'person-marcus-oyelaran', organisation: 'org-brackenford-council', subject: null, nature: 'Elected councillor (allowances)', type: 'DISCLOSABLE_PECUNIARY', typeAsDeclared: 'Disclosable Pecuniary Interest', declaredOn: date('2024-05-30'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-033'},
  {person: 'person-marcus-oyelaran', organisation: null, subject: 'Homeowner in Brackenford', nature: 'Homeowner', type: 'DISCLOSABLE_PECUNIARY', typeAsDeclared: 'Pecuniary Interest', declaredOn: date('2024-05-30'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-034'},
  {person: 'person-marcus-oyelaran', organisation: 'org-rcn', subject: null, nature: 'Member', type: 'NON_PECUNIARY', typeAsDeclared: 'Non-pecuniary interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-035'},
  {person: 'person-marcus-oyelaran', organisation: 'org-eastwater-carers', subject: null, nature: 'Friend of the centre (donor)', type: 'NON_PECUNIARY', typeAsDeclared: 'Non-pecuniary interest', declaredOn: date('2021-06-01'), validFrom: null, validTo: date('2024-03-31'), withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-036'},
  {person: 'person-ahmed-rahman', organisation: 'org-brackenford-council', subject: null, nature: 'Elected councillor (allowances)', type: 'DISCLOSABLE_PECUNIARY', typeAsDeclared: 'Disclosable Pecuniary Interest', declaredOn: date('2024-05-30'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-037'},
  {person: 'person-ahmed-rahman', organisation: null, subject: 'Homeowner in Brackenford', nature: 'Homeowner', type: 'DISCLOSABLE_PECUNIARY', typeAsDeclared: 'Pecuniary Interest', declaredOn: date('2024-05-30'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-038'},
  {person: 'person-ahmed-rahman', organisation: 'org-lantern-house', subject: null, nature: 'Volunteer', type: 'NON_PECUNIARY', typeAsDeclared: 'Non-pecuniary interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-039'},
  {person: 'person-ahmed-rahman', organisation: 'org-eastwater-carers-center', subject: null, nature: 'Friend of the centre (donor)', type: 'NON_PECUNIARY', typeAsDeclared: 'Non-pecuniary interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-040'},
  {person: 'person-priya-shah', organisation: 'org-kestrel-icb', subject: null, nature: 'Employee', type: 'FINANCIAL', typeAsDeclared: 'Financial interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-041'},
  {person: 'person-priya-shah', organisation: null, subject: 'Homeowner in Millbrook', nature: 'Homeowner', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-042'},
  {person: 'person-priya-shah', organisation: 'org-st-annes-school', subject: null, nature: 'Parent governor', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-043'},
  {person: 'person-priya-shah', organisation: 'org-rcn', subject: null, nature: 'Member', type: 'NON_FINANCIAL_PROFESSIONAL', typeAsDeclared: 'Non-financial professional interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-044'},
  {person: 'person-helen-achterberg', organisation: 'org-brackenford-council', subject: null, nature: 'Employee', type: 'FINANCIAL', typeAsDeclared: 'Financial interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-045'},
  {person: 'person-helen-achterberg', organisation: null, subject: 'Homeowner in Brackenford', nature: 'Homeowner', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-046'},
  {person: 'person-helen-achterberg', organisation: 'org-bma', subject: null, nature: 'Member', type: 'NON_FINANCIAL_PROFESSIONAL', typeAsDeclared: 'Non-financial professional interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-047'},
  {person: 'person-helen-achterberg', organisation: 'org-riverside-housing', subject: null, nature: 'Shared-ownership leaseholder', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Personal non-financial interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-048'},
  {person: 'person-tomas-brennan', organisation: 'org-healthwatch-brackenford', subject: null, nature: 'Employee', type: 'FINANCIAL', typeAsDeclared: 'Financial interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-049'},
  {person: 'person-tomas-brennan', organisation: null, subject: 'Homeowner in Eastwater', nature: 'Homeowner', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-050'},
  {person: 'person-tomas-brennan', organisation: 'org-riverside-housing', subject: null, nature: 'Shared-ownership leaseholder', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Personal non-financial interest', declaredOn: date('2021-06-01'), validFrom: null, validTo: date('2024-03-31'), withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-051'},
  {person: 'person-tomas-brennan', organisation: 'org-unison', subject: null, nature: 'Member', type: 'NON_FINANCIAL_PROFESSIONAL', typeAsDeclared: 'Non-financial professional interest', declaredOn: date('2021-06-01'), validFrom: null, validTo: date('2024-03-31'), withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-052'},
  {person: 'person-dev-marchetti', organisation: null, subject: 'Homeowner in Meadowbank', nature: 'Homeowner', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-053'},
  {person: 'person-dev-marchetti', organisation: 'org-eastwater-carers', subject: null, nature: 'Friend of the centre (donor)', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2021-06-01'), validFrom: null, validTo: date('2024-03-31'), withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-054'},
  {person: 'person-dev-marchetti', organisation: 'org-st-annes-school', subject: null, nature: 'Parent governor', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-055'},
  {person: 'person-alma-okonkwo', organisation: null, subject: 'Homeowner in Brackenford', nature: 'Homeowner', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-056'},
  {person: 'person-alma-okonkwo', organisation: 'org-st-annes-school', subject: null, nature: 'Parent governor', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-057'},
  {person: 'person-alma-okonkwo', organisation: 'org-unison', subject: null, nature: 'Member', type: 'NON_FINANCIAL_PROFESSIONAL', typeAsDeclared: 'Non-financial professional interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-058'},
  {person: 'person-joan-featherstone', organisation: 'org-eastwater-council', subject: null, nature: 'Elected councillor (allowances)', type: 'DISCLOSABLE_PECUNIARY', typeAsDeclared: 'Disclosable Pecuniary Interest', declaredOn: date('2024-05-30'), validFrom: null, validTo: null, withheld: false, source: 'doc-ewhwb-register-2025', locator: null, id: 'interest-059'},
  {person: 'person-joan-featherstone', organisation: null, subject: 'Homeowner in Eastwater', nature: 'Homeowner', type: 'DISCLOSABLE_PECUNIARY', typeAsDeclared: 'Pecuniary Interest', declaredOn: date('2024-05-30'), validFrom: null, validTo: null, withheld: false, source: 'doc-ewhwb-register-2025', locator: null, id: 'interest-060'},
  {person: 'person-joan-featherstone', organisation: 'org-lantern-house', subject: null, nature: 'Volunteer', type: 'NON_PECUNIARY', typeAsDeclared: 'Non-pecuniary interest', declaredOn: date('2021-06-01'), validFrom: null, validTo: date('2024-03-31'), withheld: false, source: 'doc-ewhwb-register-2025', locator: null, id: 'interest-061'},
  {person: 'person-joan-featherstone', organisation: 'org-riverside-housing', subject: null, nature: 'Shared-ownership leaseholder', type: 'NON_PECUNIARY', typeAsDeclared: 'Non-pecuniary interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-ewhwb-register-2025', locator: null, id: 'interest-062'},
  {person: 'person-samuel-adeyemi', organisation: 'org-eastwater-council', subject: null, nature: 'Elected councillor (allowances)', type: 'DISCLOSABLE_PECUNIARY', typeAsDeclared: 'Disclosable Pecuniary Interest', declaredOn: date('2024-05-30'), validFrom: null, validTo: null, withheld: false, source: 'doc-ewhwb-register-2025', locator: null, id: 'interest-063'},
  {person: 'person-samuel-adeyemi', organisation: null, subject: 'Homeowner in Eastwater', nature: 'Homeowner', type: 'DISCLOSABLE_PECUNIARY', typeAsDeclared: 'Pecuniary Interest', declaredOn: date('2024-05-30'), validFrom: null, validTo: null, withheld: false, source: 'doc-ewhwb-register-2025', locator: null, id: 'interest-064'},
  {person: 'person-samuel-adeyemi', organisation: 'org-rcn', subject: null, nature: 'Member', type: 'NON_PECUNIARY', typeAsDeclared: 'Non-pecuniary interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-ewhwb-register-2025', locator: null, id: 'interest-065'},
  {person: 'person-samuel-adeyemi', organisation: 'org-st-annes-school', subject: null, nature: 'Parent governor', type: 'NON_PECUNIARY', typeAsDeclared: 'Non-pecuniary interest', declaredOn: date('2021-06-01'), validFrom: null, validTo: date('2024-03-31'), withheld: false, source: 'doc-ewhwb-register-2025', locator: null, id: 'interest-066'},
  {person: 'person-peter-watts', organisation: 'org-brackenford-council', subject: null, nature: 'Elected councillor (allowances)', type: 'DISCLOSABLE_PECUNIARY', typeAsDeclared: 'Disclosable Pecuniary Interest', declaredOn: date('2024-05-30'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-067'},
  {person: 'person-peter-watts', organisation: null, subject: 'Homeowner in Eastwater', nature: 'Homeowner', type: 'DISCLOSABLE_PECUNIARY', typeAsDeclared: 'Pecuniary Interest', declaredOn: date('2024-05-30'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-068'},
  {person: 'person-peter-watts', organisation: 'org-brackenford-voluntary-action', subject: null, nature: 'Member', type: 'NON_PECUNIARY', typeAsDeclared: 'Non-pecuniary interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-069'},
  {person: 'person-lucy-tran', organisation: 'org-eastwater-council', subject: null, nature: 'Elected councillor (allowances)', type: 'DISCLOSABLE_PECUNIARY', typeAsDeclared: 'Disclosable Pecuniary Interest', declaredOn: date('2024-05-30'), validFrom: null, validTo: null, withheld: false, source: 'doc-ewhwb-register-2025', locator: null, id: 'interest-070'},
  {person: 'person-lucy-tran', organisation: null, subject: 'Homeowner in Brackenford', nature: 'Homeowner', type: 'DISCLOSABLE_PECUNIARY', typeAsDeclared: 'Pecuniary Interest', declaredOn: date('2024-05-30'), validFrom: null, validTo: null, withheld: false, source: 'doc-ewhwb-register-2025', locator: null, id: 'interest-071'},
  {person: 'person-lucy-tran', organisation: 'org-riverside-housing', subject: null, nature: 'Shared-ownership leaseholder', type: 'NON_PECUNIARY', typeAsDeclared: 'Non-pecuniary interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-ewhwb-register-2025', locator: null, id: 'interest-072'},
  {person: 'person-lucy-tran', organisation: 'org-bma', subject: null, nature: 'Member', type: 'NON_PECUNIARY', typeAsDeclared: 'Non-pecuniary interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-ewhwb-register-2025', locator: null, id: 'interest-073'},
  {person: 'person-niamh-callaghan', organisation: 'org-kestrel-icb', subject: null, nature: 'Employee', type: 'FINANCIAL', typeAsDeclared: 'Financial interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-ewhwb-register-2025', locator: null, id: 'interest-074'},
  {person: 'person-niamh-callaghan', organisation: null, subject: 'Homeowner in Brackenford', nature: 'Homeowner', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-ewhwb-register-2025', locator: null, id: 'interest-075'},
  {person: 'person-niamh-callaghan', organisation: 'org-bma', subject: null, nature: 'Member', type: 'NON_FINANCIAL_PROFESSIONAL', typeAsDeclared: 'Non-financial professional interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-ewhwb-register-2025', locator: null, id: 'interest-076'},
  {person: 'person-niamh-callaghan', organisation: 'org-eastwater-carers', subject: null, nature: 'Friend of the centre (donor)', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-ewhwb-register-2025', locator: null, id: 'interest-077'},
  {person: 'person-grace-whitfield', organisation: null, subject: 'Homeowner in Quayside', nature: 'Homeowner', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-078'},
  {person: 'person-grace-whitfield', organisation: 'org-eastwater-carers', subject: null, nature: 'Friend of the centre (donor)', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-079'},
  {person: 'person-grace-whitfield', organisation: 'org-riverside-housing', subject: null, nature: 'Shared-ownership leaseholder', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Personal non-financial interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-080'},
  {person: 'person-hannah-brooks', organisation: null, subject: 'Homeowner in Meadowbank', nature: 'Homeowner', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-ewhwb-register-2025', locator: null, id: 'interest-081'},
  {person: 'person-hannah-brooks', organisation: 'org-unison', subject: null, nature: 'Member', type: 'NON_FINANCIAL_PROFESSIONAL', typeAsDeclared: 'Non-financial professional interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-ewhwb-register-2025', locator: null, id: 'interest-082'},
  {person: 'person-hannah-brooks', organisation: 'org-rcn', subject: null, nature: 'Member', type: 'NON_FINANCIAL_PROFESSIONAL', typeAsDeclared: 'Non-financial professional interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-ewhwb-register-2025', locator: null, id: 'interest-083'},
  {person: 'person-imran-siddiqui', organisation: null, subject: 'Homeowner in Quayside', nature: 'Homeowner', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-ewhwb-register-2025', locator: null, id: 'interest-084'},
  {person: 'person-imran-siddiqui', organisation: 'org-eastwater-carers', subject: null, nature: 'Friend of the centre (donor)', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-ewhwb-register-2025', locator: null, id: 'interest-085'},
  {person: 'person-imran-siddiqui', organisation: 'org-unison', subject: null, nature: 'Member', type: 'NON_FINANCIAL_PROFESSIONAL', typeAsDeclared: 'Non-financial professional interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-ewhwb-register-2025', locator: null, id: 'interest-086'},
  {person: 'person-anthony-hale', organisation: 'org-kestrel-icb', subject: null, nature: 'Employee', type: 'FINANCIAL', typeAsDeclared: 'Financial interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-087'},
  {person: 'person-anthony-hale', organisation: null, subject: 'Homeowner in Meadowbank', nature: 'Homeowner', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-088'},
  {person: 'person-anthony-hale', organisation: 'org-lantern-house', subject: null, nature: 'Volunteer', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Personal non-financial interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-089'},
  {person: 'person-anthony-hale', organisation: 'org-riverside-housing', subject: null, nature: 'Shared-ownership leaseholder', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Personal non-financial interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-090'},
  {person: 'person-margaret-osei', organisation: null, subject: 'Homeowner in Quayside', nature: 'Homeowner', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-ewhwb-register-2025', locator: null, id: 'interest-091'},
  {person: 'person-margaret-osei', organisation: 'org-bma', subject: null, nature: 'Member', type: 'NON_FINANCIAL_PROFESSIONAL', typeAsDeclared: 'Non-financial professional interest', declaredOn: date('2021-06-01'), validFrom: null, validTo: date('2024-03-31'), withheld: false, source: 'doc-ewhwb-register-2025', locator: null, id: 'interest-092'},
  {person: 'person-margaret-osei', organisation: 'org-brackenford-voluntary-action', subject: null, nature: 'Member', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-ewhwb-register-2025', locator: null, id: 'interest-093'},
  {person: 'person-david-kowalczyk', organisation: 'org-kestrel-icb', subject: null, nature: 'Employee', type: 'FINANCIAL', typeAsDeclared: 'Financial interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-094'},
  {person: 'person-david-kowalczyk', organisation: null, subject: 'Homeowner in Millbrook', nature: 'Homeowner', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-095'},
  {person: 'person-david-kowalczyk', organisation: 'org-eastwater-carers', subject: null, nature: 'Friend of the centre (donor)', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-096'},
  {person: 'person-david-kowalczyk', organisation: 'org-riverside-housing', subject: null, nature: 'Shared-ownership leaseholder', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Personal non-financial interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-097'},
  {person: 'person-fiona-mcallister', organisation: 'org-kestrel-icb', subject: null, nature: 'Employee', type: 'FINANCIAL', typeAsDeclared: 'Financial interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-098'},
  {person: 'person-fiona-mcallister', organisation: null, subject: 'Homeowner in Quayside', nature: 'Homeowner', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-099'},
  {person: 'person-fiona-mcallister', organisation: 'org-riverside-housing', subject: null, nature: 'Shared-ownership leaseholder', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Personal non-financial interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-100'},
  {person: 'person-fiona-mcallister', organisation: 'org-rcn', subject: null, nature: 'Member', type: 'NON_FINANCIAL_PROFESSIONAL', typeAsDeclared: 'Non-financial professional interest', declaredOn: date('2021-06-01'), validFrom: null, validTo: date('2024-03-31'), withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-101'},
  {person: 'person-rajesh-nair', organisation: 'org-kestrel-icb', subject: null, nature: 'Employee', type: 'FINANCIAL', typeAsDeclared: 'Financial interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-102'},
  {person: 'person-rajesh-nair', organisation: null, subject: 'Homeowner in Quayside', nature: 'Homeowner', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-103'},
  {person: 'person-rajesh-nair', organisation: 'org-rcn', subject: null, nature: 'Member', type: 'NON_FINANCIAL_PROFESSIONAL', typeAsDeclared: 'Non-financial professional interest', declaredOn: date('2021-06-01'), validFrom: null, validTo: date('2024-03-31'), withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-104'},
  {person: 'person-rajesh-nair', organisation: 'org-st-annes-school', subject: null, nature: 'Parent governor', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2021-06-01'), validFrom: null, validTo: date('2024-03-31'), withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-105'},
  {person: 'person-claire-donnelly', organisation: 'org-kestrel-icb', subject: null, nature: 'Employee', type: 'FINANCIAL', typeAsDeclared: 'Financial interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-106'},
  {person: 'person-claire-donnelly', organisation: null, subject: 'Homeowner in Eastwater', nature: 'Homeowner', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-107'},
  {person: 'person-claire-donnelly', organisation: 'org-st-annes-school', subject: null, nature: 'Parent governor', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2021-06-01'), validFrom: null, validTo: date('2024-03-31'), withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-108'},
  {person: 'person-claire-donnelly', organisation: 'org-eastwater-carers', subject: null, nature: 'Friend of the centre (donor)', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-109'},
  {person: 'person-olu-bankole', organisation: 'org-kestrel-icb', subject: null, nature: 'Employee', type: 'FINANCIAL', typeAsDeclared: 'Financial interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-110'},
  {person: 'person-olu-bankole', organisation: null, subject: 'Homeowner in Quayside', nature: 'Homeowner', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-111'},
  {person: 'person-olu-bankole', organisation: 'org-eastwater-carers', subject: null, nature: 'Friend of the centre (donor)', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-112'},
  {person: 'person-olu-bankole', organisation: 'org-brackenford-voluntary-action', subject: null, nature: 'Member', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2021-06-01'), validFrom: null, validTo: date('2024-03-31'), withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-113'},
  {person: 'person-sarah-lindgren', organisation: 'org-kestrel-icb', subject: null, nature: 'Employee', type: 'FINANCIAL', typeAsDeclared: 'Financial interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-114'},
  {person: 'person-sarah-lindgren', organisation: null, subject: 'Homeowner in Brackenford', nature: 'Homeowner', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-115'},
  {person: 'person-sarah-lindgren', organisation: 'org-eastwater-carers', subject: null, nature: 'Friend of the centre (donor)', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-116'},
  {person: 'person-sarah-lindgren', organisation: 'org-st-annes-school', subject: null, nature: 'Parent governor', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2021-06-01'), validFrom: null, validTo: date('2024-03-31'), withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-117'},
  {person: 'person-kwame-asante', organisation: 'org-brackenford-council', subject: null, nature: 'Employee', type: 'FINANCIAL', typeAsDeclared: 'Financial interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-118'},
  {person: 'person-kwame-asante', organisation: null, subject: 'Homeowner in Quayside', nature: 'Homeowner', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-119'},
  {person: 'person-kwame-asante', organisation: 'org-bma', subject: null, nature: 'Member', type: 'NON_FINANCIAL_PROFESSIONAL', typeAsDeclared: 'Non-financial professional interest', declaredOn: date('2021-06-01'), validFrom: null, validTo: date('2024-03-31'), withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-120'},
  {person: 'person-kwame-asante', organisation: 'org-lantern-house', subject: null, nature: 'Volunteer', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Personal non-financial interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-121'},
  {person: 'person-bethany-clarke', organisation: 'org-eastwater-council', subject: null, nature: 'Employee', type: 'FINANCIAL', typeAsDeclared: 'Financial interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-ewhwb-register-2025', locator: null, id: 'interest-122'},
  {person: 'person-bethany-clarke', organisation: null, subject: 'Homeowner in Meadowbank', nature: 'Homeowner', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-ewhwb-register-2025', locator: null, id: 'interest-123'},
  {person: 'person-bethany-clarke', organisation: 'org-bma', subject: null, nature: 'Member', type: 'NON_FINANCIAL_PROFESSIONAL', typeAsDeclared: 'Non-financial professional interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-ewhwb-register-2025', locator: null, id: 'interest-124'},
  {person: 'person-bethany-clarke', organisation: 'org-eastwater-carers', subject: null, nature: 'Friend of the centre (donor)', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-ewhwb-register-2025', locator: null, id: 'interest-125'},
  {person: 'person-martin-greaves', organisation: 'org-kestrel-icb', subject: null, nature: 'Employee', type: 'FINANCIAL', typeAsDeclared: 'Financial interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-ewhwb-register-2025', locator: null, id: 'interest-126'},
  {person: 'person-martin-greaves', organisation: null, subject: 'Homeowner in Meadowbank', nature: 'Homeowner', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-ewhwb-register-2025', locator: null, id: 'interest-127'},
  {person: 'person-martin-greaves', organisation: 'org-lantern-house', subject: null, nature: 'Volunteer', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Personal non-financial interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-ewhwb-register-2025', locator: null, id: 'interest-128'},
  {person: 'person-martin-greaves', organisation: 'org-rcn', subject: null, nature: 'Member', type: 'NON_FINANCIAL_PROFESSIONAL', typeAsDeclared: 'Non-financial professional interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-ewhwb-register-2025', locator: null, id: 'interest-129'},
  {person: 'person-laura-pemberton', organisation: null, subject: 'Homeowner in Millbrook', nature: 'Homeowner', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-130'},
  {person: 'person-laura-pemberton', organisation: 'org-unison', subject: null, nature: 'Member', type: 'NON_FINANCIAL_PROFESSIONAL', typeAsDeclared: 'Non-financial professional interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-131'},
  {person: 'person-laura-pemberton', organisation: 'org-eastwater-carers', subject: null, nature: 'Friend of the centre (donor)', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2021-06-01'), validFrom: null, validTo: date('2024-03-31'), withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-132'},
  {person: 'person-yusuf-demir', organisation: null, subject: 'Homeowner in Meadowbank', nature: 'Homeowner', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-133'},
  {person: 'person-yusuf-demir', organisation: 'org-eastwater-carers', subject: null, nature: 'Friend of the centre (donor)', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2021-06-01'), validFrom: null, validTo: date('2024-03-31'), withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-134'},
  {person: 'person-yusuf-demir', organisation: 'org-rcn', subject: null, nature: 'Member', type: 'NON_FINANCIAL_PROFESSIONAL', typeAsDeclared: 'Non-financial professional interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-135'},
  {person: 'person-thomas-reinholt', organisation: 'org-meadowbank-hospitals', subject: null, nature: 'Employee', type: 'FINANCIAL', typeAsDeclared: 'Financial interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-136'},
  {person: 'person-thomas-reinholt', organisation: null, subject: 'Homeowner in Brackenford', nature: 'Homeowner', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-137'},
  {person: 'person-thomas-reinholt', organisation: 'org-rcn', subject: null, nature: 'Member', type: 'NON_FINANCIAL_PROFESSIONAL', typeAsDeclared: 'Non-financial professional interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-138'},
  {person: 'person-thomas-reinholt', organisation: 'org-riverside-housing', subject: null, nature: 'Shared-ownership leaseholder', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Personal non-financial interest', declaredOn: date('2021-06-01'), validFrom: null, validTo: date('2024-03-31'), withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-139'},
  {person: 'person-oliver-bright', organisation: 'org-meadowbank-hospitals', subject: null, nature: 'Employee', type: 'FINANCIAL', typeAsDeclared: 'Financial interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-140'},
  {person: 'person-oliver-bright', organisation: null, subject: 'Homeowner in Millbrook', nature: 'Homeowner', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-141'},
  {person: 'person-oliver-bright', organisation: 'org-bma', subject: null, nature: 'Member', type: 'NON_FINANCIAL_PROFESSIONAL', typeAsDeclared: 'Non-financial professional interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-142'},
  {person: 'person-oliver-bright', organisation: 'org-rcn', subject: null, nature: 'Member', type: 'NON_FINANCIAL_PROFESSIONAL', typeAsDeclared: 'Non-financial professional interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-143'},
  {person: 'person-zainab-hussain', organisation: 'org-kestrel-mental-health', subject: null, nature: 'Employee', type: 'FINANCIAL', typeAsDeclared: 'Financial interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-144'},
  {person: 'person-zainab-hussain', organisation: null, subject: 'Homeowner in Eastwater', nature: 'Homeowner', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-145'},
  {person: 'person-zainab-hussain', organisation: 'org-eastwater-carers', subject: null, nature: 'Friend of the centre (donor)', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-146'},
  {person: 'person-zainab-hussain', organisation: 'org-brackenford-voluntary-action', subject: null, nature: 'Member', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-147'},
  {person: 'person-graham-pike', organisation: 'org-eastwater-council', subject: null, nature: 'Employee', type: 'FINANCIAL', typeAsDeclared: 'Financial interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-ewhwb-register-2025', locator: null, id: 'interest-148'},
  {person: 'person-graham-pike', organisation: null, subject: 'Homeowner in Eastwater', nature: 'Homeowner', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-ewhwb-register-2025', locator: null, id: 'interest-149'},
  {person: 'person-graham-pike', organisation: 'org-lantern-house', subject: null, nature: 'Volunteer', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Personal non-financial interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-ewhwb-register-2025', locator: null, id: 'interest-150'},
  {person: 'person-graham-pike', organisation: 'org-riverside-housing', subject: null, nature: 'Shared-ownership leaseholder', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Personal non-financial interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-ewhwb-register-2025', locator: null, id: 'interest-151'},
  {person: 'person-sophie-marsh', organisation: 'org-kestrel-icb', subject: null, nature: 'Employee', type: 'FINANCIAL', typeAsDeclared: 'Financial interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-152'},
  {person: 'person-sophie-marsh', organisation: null, subject: 'Homeowner in Meadowbank', nature: 'Homeowner', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-153'},
  {person: 'person-sophie-marsh', organisation: 'org-brackenford-voluntary-action', subject: null, nature: 'Member', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-154'},
  {person: 'person-sophie-marsh', organisation: 'org-eastwater-carers', subject: null, nature: 'Friend of the centre (donor)', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-155'},
  {person: 'person-felix-osterberg', organisation: null, subject: 'Homeowner in Brackenford', nature: 'Homeowner', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-156'},
  {person: 'person-felix-osterberg', organisation: 'org-riverside-housing', subject: null, nature: 'Shared-ownership leaseholder', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Personal non-financial interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-157'},
  {person: 'person-felix-osterberg', organisation: 'org-unison', subject: null, nature: 'Member', type: 'NON_FINANCIAL_PROFESSIONAL', typeAsDeclared: 'Non-financial professional interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-158'},
  {person: 'person-ruth-abernethy', organisation: null, subject: 'Homeowner in Eastwater', nature: 'Homeowner', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-159'},
  {person: 'person-ruth-abernethy', organisation: 'org-unison', subject: null, nature: 'Member', type: 'NON_FINANCIAL_PROFESSIONAL', typeAsDeclared: 'Non-financial professional interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-160'},
  {person: 'person-ruth-abernethy', organisation: 'org-brackenford-voluntary-action', subject: null, nature: 'Member', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2021-06-01'), validFrom: null, validTo: date('2024-03-31'), withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-161'},
  {person: 'person-eleanor-vance', organisation: 'org-brackenford-council', subject: null, nature: 'Elected councillor (allowances)', type: 'DISCLOSABLE_PECUNIARY', typeAsDeclared: 'Disclosable Pecuniary Interest', declaredOn: date('2024-05-30'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-162'},
  {person: 'person-eleanor-vance', organisation: null, subject: 'Homeowner in Brackenford', nature: 'Homeowner', type: 'DISCLOSABLE_PECUNIARY', typeAsDeclared: 'Pecuniary Interest', declaredOn: date('2024-05-30'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-163'},
  {person: 'person-eleanor-vance', organisation: 'org-unison', subject: null, nature: 'Member', type: 'NON_PECUNIARY', typeAsDeclared: 'Non-pecuniary interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-164'},
  {person: 'person-eleanor-vance', organisation: 'org-st-annes-school', subject: null, nature: 'Parent governor', type: 'NON_PECUNIARY', typeAsDeclared: 'Non-pecuniary interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-165'},
  {person: 'person-jonah-pryce', organisation: 'org-brackenford-voluntary-action', subject: null, nature: 'Employee', type: 'FINANCIAL', typeAsDeclared: 'Financial interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-166'},
  {person: 'person-jonah-pryce', organisation: null, subject: 'Homeowner in Meadowbank', nature: 'Homeowner', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-167'},
  {person: 'person-jonah-pryce', organisation: 'org-brackenford-voluntary-action', subject: null, nature: 'Member', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-168'},
  {person: 'person-jonah-pryce', organisation: 'org-rcn', subject: null, nature: 'Member', type: 'NON_FINANCIAL_PROFESSIONAL', typeAsDeclared: 'Non-financial professional interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-169'},
  {person: 'person-amara-nwosu', organisation: 'org-kestrel-icb', subject: null, nature: 'Employee', type: 'FINANCIAL', typeAsDeclared: 'Financial interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-170'},
  {person: 'person-amara-nwosu', organisation: null, subject: 'Homeowner in Millbrook', nature: 'Homeowner', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-171'},
  {person: 'person-amara-nwosu', organisation: 'org-brackenford-voluntary-action', subject: null, nature: 'Member', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-172'},
  {person: 'person-amara-nwosu', organisation: 'org-rcn', subject: null, nature: 'Member', type: 'NON_FINANCIAL_PROFESSIONAL', typeAsDeclared: 'Non-financial professional interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-icb-register-2025', locator: null, id: 'interest-173'},
  {person: 'person-william-fenn', organisation: 'org-kestrel-icb', subject: null, nature: 'Employee', type: 'FINANCIAL', typeAsDeclared: 'Financial interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-174'},
  {person: 'person-william-fenn', organisation: null, subject: 'Homeowner in Eastwater', nature: 'Homeowner', type: 'NON_FINANCIAL_PERSONAL', typeAsDeclared: 'Non-financial personal interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-175'},
  {person: 'person-william-fenn', organisation: 'org-rcn', subject: null, nature: 'Member', type: 'NON_FINANCIAL_PROFESSIONAL', typeAsDeclared: 'Non-financial professional interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-176'},
  {person: 'person-william-fenn', organisation: 'org-unison', subject: null, nature: 'Member', type: 'NON_FINANCIAL_PROFESSIONAL', typeAsDeclared: 'Non-financial professional interest', declaredOn: date('2025-04-01'), validFrom: null, validTo: null, withheld: false, source: 'doc-bhwb-register-2025', locator: null, id: 'interest-177'}
] AS x
MATCH (p:Person {id: x.person})
CREATE (i:Interest {id: x.id, subject: x.subject, nature: x.nature, type: x.type, typeAsDeclared: x.typeAsDeclared,
  declaredOn: x.declaredOn, validFrom: x.validFrom, validTo: x.validTo, withheld: x.withheld,
  recordedAt: datetime()})-[:DECLARED_BY]->(p)
WITH i, x
OPTIONAL MATCH (o:Organisation {id: x.organisation})
OPTIONAL MATCH (d:SourceDocument {id: x.source})
FOREACH (y IN CASE WHEN o IS NULL THEN [] ELSE [o] END | CREATE (i)-[:IN_ORGANISATION]->(y))
FOREACH (y IN CASE WHEN d IS NULL THEN [] ELSE [d] END | CREATE (i)-[:SOURCED_FROM {locator: x.locator}]->(y));

// The September 2025 meeting of the joint sub-committee: a substitute in the Eastwater co-chair's seat, one provider's
// chief executive withdrawing, a substitute declaring an interest never registered, a NED of the lead provider who did not declare, and quorum lost on two items.
MATCH (b:Board {id: 'board-joint-hwb'})
CREATE (mt:Meeting {id: 'meeting-jsc-2025-09-18', date: date('2025-09-18'), title: 'Ordinary meeting', status: 'HELD',
  createdAt: datetime()})-[:OF_BOARD]->(b)
WITH mt
UNWIND [
  {id: 'item-jsc-2025-09-1', number: '1', sortKey: '000001.', title: 'Apologies, substitutions and declarations of interest', purpose: 'NOTING', concerns: []},
  {id: 'item-jsc-2025-09-2', number: '2', sortKey: '000002.', title: 'Community services contract: 12-month extension with Eastwater Community Health', purpose: 'DECISION', concerns: ['org-eastwater-community']},
  {id: 'item-jsc-2025-09-3', number: '3', sortKey: '000003.', title: 'Acute provider collaborative: elective recovery plan', purpose: 'DECISION', concerns: ['partnership-acute-collaborative']},
  {id: 'item-jsc-2025-09-4', number: '4', sortKey: '000004.', title: 'Primary care access hub at Ashgrove Surgery', purpose: 'DECISION', concerns: ['org-ashgrove-surgery']},
  {id: 'item-jsc-2025-09-5', number: '5', sortKey: '000005.', title: 'Better Care Fund: quarter 1 report', purpose: 'NOTING', concerns: ['fund-brackenford-bcf']}
] AS x
CREATE (ai:AgendaItem {id: x.id, number: x.number, sortKey: x.sortKey, title: x.title, purpose: x.purpose,
  createdAt: datetime()})-[:ON_AGENDA]->(mt)
WITH ai, x
UNWIND x.concerns AS subjectId
MATCH (s {id: subjectId}) WHERE s:Organisation OR s:Partnership OR s:PooledFund
CREATE (ai)-[:CONCERNS]->(s);

UNWIND [
  {person: 'person-joan-featherstone', status: 'APOLOGIES', substituteFor: null, chair: false},
  {person: 'person-peter-watts', status: 'PRESENT', substituteFor: 'person-joan-featherstone', chair: false},
  {person: 'person-samuel-adeyemi', status: 'APOLOGIES', substituteFor: null, chair: false},
  {person: 'person-hannah-brooks', status: 'APOLOGIES', substituteFor: null, chair: false},
  {person: 'person-marcus-oyelaran', status: 'APOLOGIES', substituteFor: null, chair: false},
  {person: 'person-rosa-lindqvist', status: 'PRESENT', substituteFor: null, chair: true},
  {person: 'person-priya-shah', status: 'PRESENT', substituteFor: null, chair: false},
  {person: 'person-tomas-brennan', status: 'PRESENT', substituteFor: null, chair: false},
  {person: 'person-dev-marchetti', status: 'PRESENT', substituteFor: null, chair: false},
  {person: 'person-niamh-callaghan', status: 'PRESENT', substituteFor: null, chair: false},
  {person: 'person-imran-siddiqui', status: 'PRESENT', substituteFor: null, chair: false}
] AS x
MATCH (mt:Meeting {id: 'meeting-jsc-2025-09-18'}), (p:Person {id: x.person})
CREATE (a:Attendance {id: 'attendance-jsc-2025-09-' + x.person, key: mt.id + '|' + p.id, status: x.status,
  chair: x.chair, createdAt: datetime()})-[:AT_MEETING]->(mt)
CREATE (a)-[:ATTENDEE]->(p)
WITH a, x
OPTIONAL MATCH (principal:Person {id: x.substituteFor})
FOREACH (y IN CASE WHEN principal IS NULL THEN [] ELSE [principal] END | CREATE (a)-[:SUBSTITUTE_FOR]->(y));

UNWIND [
  {id: 'declaration-jsc-2025-09-1', item: 'item-jsc-2025-09-2', person: 'person-imran-siddiqui', nature: 'Chief Executive, Eastwater Community Health', organisation: 'org-eastwater-community', interest: null, action: 'WITHDREW'},
  {id: 'declaration-jsc-2025-09-2', item: 'item-jsc-2025-09-4', person: 'person-dev-marchetti', nature: 'GP Partner, Ashgrove Surgery', organisation: null, interest: 'interest-006', action: 'WITHDREW'},
  {id: 'declaration-jsc-2025-09-3', item: 'item-jsc-2025-09-2', person: 'person-peter-watts', nature: 'Daughter is a community nurse with Eastwater Community Health', organisation: 'org-eastwater-community', interest: null, action: 'REMAINED_AFTER_DECLARING'}
] AS x
MATCH (ai:AgendaItem {id: x.item}), (p:Person {id: x.person}), (doc:SourceDocument {id: 'doc-jsc-minutes-2025-09'})
CREATE (d:Declaration {id: x.id, nature: x.nature, action: x.action, createdAt: datetime()})-[:AGAINST_ITEM]->(ai)
CREATE (d)-[:DECLARED_BY]->(p)
CREATE (d)-[:SOURCED_FROM {locator: 'Minute 1'}]->(doc)
WITH d, x
OPTIONAL MATCH (o:Organisation {id: x.organisation})
OPTIONAL MATCH (i:Interest {id: x.interest})
FOREACH (y IN CASE WHEN o IS NULL THEN [] ELSE [o] END | CREATE (d)-[:ABOUT_ORGANISATION]->(y))
FOREACH (y IN CASE WHEN i IS NULL THEN [] ELSE [i] END | CREATE (d)-[:OF_INTEREST]->(y));

MATCH (ai:AgendaItem {id: 'item-jsc-2025-09-2'}), (doc:SourceDocument {id: 'doc-jsc-minutes-2025-09'})
MATCH (b:Board {id: 'board-joint-hwb'})
CREATE (d:Decision {id: 'decision-jsc-2025-09-2', text: 'Community services contract with Eastwater Community Health extended to 31 March 2027',
  outcome: 'APPROVED', decidedOn: date('2025-09-18'), kind: 'CONTRACT_AWARD', amountPence: 340000000, createdAt: datetime()})-[:ON_ITEM]->(ai)
CREATE (d)-[:TAKEN_BY]->(b)
CREATE (d)-[:SOURCED_FROM {locator: 'Minute 2'}]->(doc);

// Delegations of authority. The councils delegate to their Health and Wellbeing Boards and those to the joint
// sub-committee (Eastwater's lapsed on 31 March 2025 and was not renewed); the council and the ICB delegate pooled
// budget spending to the BCF board under the Section 75 agreement; the ICB delegates primary care contracting to a
// committee under its scheme of reservation and delegation and keeps the annual budget to itself.
UNWIND [
  {id: 'delegation-brackenford-hwb', delegator: 'org-brackenford-council', delegate: 'board-brackenford-hwb', instrument: 'CONSTITUTION', reference: 'Constitution, Part 3, 4.1', agreement: null, scope: ['STRATEGY_APPROVAL', 'JOINT_COMMISSIONING'], limitPence: 500000000, sub: true, from: date('2022-05-20'), to: null, source: 'doc-bhwb-register-2025'},
  {id: 'delegation-eastwater-hwb', delegator: 'org-eastwater-council', delegate: 'board-eastwater-hwb', instrument: 'CONSTITUTION', reference: 'Constitution, Part 3, 2.7', agreement: null, scope: ['STRATEGY_APPROVAL', 'JOINT_COMMISSIONING'], limitPence: 500000000, sub: true, from: date('2022-05-20'), to: null, source: 'doc-ewhwb-register-2025'},
  {id: 'delegation-jsc-brackenford', delegator: 'board-brackenford-hwb', delegate: 'board-joint-hwb', instrument: 'TERMS_OF_REFERENCE', reference: 'Terms of reference, 3', agreement: null, scope: ['STRATEGY_APPROVAL', 'JOINT_COMMISSIONING'], limitPence: 100000000, sub: false, from: date('2023-04-01'), to: null, source: 'doc-jsc-tor-2023'},
  {id: 'delegation-jsc-eastwater', delegator: 'board-eastwater-hwb', delegate: 'board-joint-hwb', instrument: 'TERMS_OF_REFERENCE', reference: 'Terms of reference, 3', agreement: null, scope: ['STRATEGY_APPROVAL', 'JOINT_COMMISSIONING'], limitPence: 100000000, sub: false, from: date('2023-04-01'), to: date('2025-03-31'), source: 'doc-jsc-tor-2023'},
  {id: 'delegation-bcf-council', delegator: 'org-brackenford-council', delegate: 'board-bcf', instrument: 'SECTION_75_AGREEMENT', reference: 'Clause 7.1', agreement: 's75-brackenford-bcf', scope: ['POOLED_BUDGET_SPENDING'], limitPence: 200000000, sub: false, from: date('2023-04-01'), to: null, source: 'doc-bcf-s75-2023'},
  {id: 'delegation-bcf-icb', delegator: 'org-kestrel-icb', delegate: 'board-bcf', instrument: 'SECTION_75_AGREEMENT', reference: 'Clause 7.1', agreement: 's75-brackenford-bcf', scope: ['POOLED_BUDGET_SPENDING'], limitPence: 200000000, sub: false, from: date('2023-04-01'), to: null, source: 'doc-bcf-s75-2023'},
  {id: 'delegation-icb-primary-care', delegator: 'org-kestrel-icb', delegate: 'board-icb-primary-care', instrument: 'SCHEME_OF_RESERVATION_AND_DELEGATION', reference: 'Scheme of reservation and delegation, 6.3', agreement: null, scope: ['PRIMARY_CARE_CONTRACTING', 'CONTRACT_AWARD'], limitPence: 500000000, sub: false, from: date('2022-07-01'), to: date('2026-03-31'), source: 'doc-icb-register-2025'}
] AS x
MATCH (delegator {id: x.delegator}) WHERE delegator:Organisation OR delegator:Board
MATCH (delegate:Board {id: x.delegate})
CREATE (d:Delegation {id: x.id, instrument: x.instrument, instrumentReference: x.reference, scope: x.scope,
  financialLimitPence: x.limitPence, subDelegationAllowed: x.sub, validFrom: x.from, validTo: x.to, createdAt: datetime()})
CREATE (delegator)<-[:DELEGATED_BY]-(d)-[:DELEGATED_TO]->(delegate)
WITH d, x
MATCH (doc:SourceDocument {id: x.source})
CREATE (d)-[:SOURCED_FROM]->(doc)
WITH d, x
OPTIONAL MATCH (a:Agreement {id: x.agreement})
FOREACH (y IN CASE WHEN a IS NULL THEN [] ELSE [a] END | CREATE (d)-[:IN_AGREEMENT]->(y));

MATCH (icb:Organisation {id: 'org-kestrel-icb'})
CREATE (:Reservation {id: 'reservation-icb-budget', scope: ['ANNUAL_BUDGET', 'CONSTITUTION_CHANGE'],
  description: 'Approval of the annual budget and of changes to the constitution', validFrom: date('2022-07-01'),
  createdAt: datetime()})-[:RESERVED_BY]->(icb);

MATCH (council:Organisation {id: 'org-brackenford-council'}), (alma:Person {id: 'person-alma-okonkwo'})
CREATE (post:Post {id: 'post-brackenford-dahc', title: 'Director of Adults, Health and Communities', createdAt: datetime()})-[:POST_IN]->(council)
CREATE (post)<-[:OF_POST]-(:PostHolder {id: 'post-holder-alma-okonkwo', from: date('2024-03-14'), createdAt: datetime()})-[:HOLDER]->(alma)
CREATE (council)<-[:DELEGATED_BY]-(:Delegation {id: 'delegation-brackenford-dahc', instrument: 'SCHEME_OF_RESERVATION_AND_DELEGATION',
  instrumentReference: 'Officer scheme of delegation, 5.2', scope: ['FEE_SETTING', 'CONTRACT_AWARD'], financialLimitPence: 50000000,
  subDelegationAllowed: false, validFrom: date('2024-04-01'), createdAt: datetime()})-[:DELEGATED_TO]->(post);

// Decisions under those delegations: the BCF board spending from the pooled fund, the primary care committee
// awarding a contract; the joint committee decision of September 2025 above relies on both of its delegations.
MATCH (bcf:Board {id: 'board-bcf'}), (pcc:Board {id: 'board-icb-primary-care'})
CREATE (m1:Meeting {id: 'meeting-bcf-2025-07-10', date: date('2025-07-10'), title: 'BCF Pooled Budget Board', status: 'HELD', createdAt: datetime()})-[:OF_BOARD]->(bcf)
CREATE (i1:AgendaItem {id: 'item-bcf-2025-07-3', number: '3', sortKey: '000003.', title: 'Discharge to assess: additional beds', purpose: 'DECISION', createdAt: datetime()})-[:ON_AGENDA]->(m1)
WITH bcf, pcc, i1
MATCH (fund:PooledFund {id: 'fund-brackenford-bcf'})
CREATE (i1)-[:CONCERNS]->(fund)
CREATE (d1:Decision {id: 'decision-bcf-2025-07-3', text: 'Twenty additional discharge to assess beds for 2025/26 funded from the pooled fund', outcome: 'APPROVED',
  decidedOn: date('2025-07-10'), kind: 'POOLED_BUDGET_SPENDING', amountPence: 85000000, createdAt: datetime()})-[:ON_ITEM]->(i1)
CREATE (d1)-[:TAKEN_BY]->(bcf)
CREATE (m2:Meeting {id: 'meeting-pcc-2025-08-14', date: date('2025-08-14'), title: 'Primary Care Commissioning Committee', status: 'HELD', createdAt: datetime()})-[:OF_BOARD]->(pcc)
CREATE (i2:AgendaItem {id: 'item-pcc-2025-08-5', number: '5', sortKey: '000005.', title: 'Extended access: contract award', purpose: 'DECISION', createdAt: datetime()})-[:ON_AGENDA]->(m2)
CREATE (d2:Decision {id: 'decision-pcc-2025-08-5', text: 'Extended access contract awarded to Brackenford GP Confederation for two years', outcome: 'APPROVED',
  decidedOn: date('2025-08-14'), kind: 'CONTRACT_AWARD', amountPence: 120000000, createdAt: datetime()})-[:ON_ITEM]->(i2)
CREATE (d2)-[:TAKEN_BY]->(pcc)
WITH i2, d1, d2
MATCH (confed:Organisation {id: 'org-brackenford-gp-confederation'})
CREATE (i2)-[:CONCERNS]->(confed)
WITH d1, d2
MATCH (bcfCouncil:Delegation {id: 'delegation-bcf-council'}), (bcfIcb:Delegation {id: 'delegation-bcf-icb'}),
      (icbPcc:Delegation {id: 'delegation-icb-primary-care'}), (jscB:Delegation {id: 'delegation-jsc-brackenford'}),
      (jscE:Delegation {id: 'delegation-jsc-eastwater'}), (jsc:Decision {id: 'decision-jsc-2025-09-2'})
CREATE (d1)-[:RELIES_ON]->(bcfCouncil), (d1)-[:RELIES_ON]->(bcfIcb), (d2)-[:RELIES_ON]->(icbPcc),
       (jsc)-[:RELIES_ON]->(jscB), (jsc)-[:RELIES_ON]->(jscE);

// The two Health and Wellbeing Boards meeting in common, November 2025: one room, one set of minutes, each board
// its own quorum and decisions. Attendance as the minutes record it: who was present and who sent apologies only,
// so the five members the minutes do not name were absent. Eastwater's rule is a majority of its voting members;
// its item on Eastwater Community Health loses that majority when the provider's chief executive withdraws.
MATCH (b:Board {id: 'board-eastwater-hwb'})
CREATE (b)-[:HAS_QUORUM_RULE]->(:QuorumRule {id: 'quorum-eastwater-hwb', sides: [],
  text: 'A majority of the voting members, including at least one elected member',
  clauses: '[{"description":"a majority of the voting members","minimum":null,"majority":true,"votingOnly":true,"perSide":false,"anyOf":[]},{"description":"at least one elected member","minimum":1,"majority":false,"votingOnly":true,"perSide":false,"anyOf":[{"roles":[],"electedMember":true,"onBehalfOfKinds":[],"titles":[]}]}]'});

CREATE (:SourceDocument {id: 'doc-hwb-in-common-minutes-2025-11', title: 'Health and Wellbeing Boards in common: minutes, 20 November 2025',
  kind: 'MINUTES', publisher: 'Brackenford Council', publishedOn: date('2025-12-04'), recordedAt: datetime()});

MATCH (bb:Board {id: 'board-brackenford-hwb'}), (eb:Board {id: 'board-eastwater-hwb'})
CREATE (mt:Meeting {id: 'meeting-hwbs-2025-11-20', date: date('2025-11-20'), title: 'Health and Wellbeing Boards meeting in common',
  status: 'HELD', attendanceComplete: true, createdAt: datetime()})
CREATE (mt)-[:OF_BOARD {position: 0}]->(bb), (mt)-[:OF_BOARD {position: 1}]->(eb)
WITH mt
UNWIND [
  {id: 'item-hwbs-2025-11-1', number: '1', sortKey: '000001.', title: 'Joint health and wellbeing strategy refresh', purpose: 'DECISION', published: 'For approval', boards: [], concerns: []},
  {id: 'item-hwbs-2025-11-2', number: '2', sortKey: '000002.', title: 'Better Care Fund plan 2026/27', purpose: 'DECISION', published: 'For sign-off / confirmation', boards: ['board-brackenford-hwb'], concerns: ['fund-brackenford-bcf']},
  {id: 'item-hwbs-2025-11-3', number: '3', sortKey: '000003.', title: 'Community services: winter capacity with Eastwater Community Health', purpose: 'DECISION', published: 'For decision', boards: ['board-eastwater-hwb'], concerns: ['org-eastwater-community']},
  {id: 'item-hwbs-2025-11-4', number: '4', sortKey: '000004.', title: 'Healthwatch annual reports', purpose: 'NOTING', published: 'For assurance', boards: [], concerns: []}
] AS x
CREATE (ai:AgendaItem {id: x.id, number: x.number, sortKey: x.sortKey, title: x.title, purpose: x.purpose,
  purposeAsPublished: x.published, createdAt: datetime()})-[:ON_AGENDA]->(mt)
WITH ai, x
CALL (ai, x) {
  UNWIND x.boards AS boardId
  MATCH (b:Board {id: boardId})
  CREATE (ai)-[:FOR_BOARD]->(b)
}
CALL (ai, x) {
  UNWIND x.concerns AS subjectId
  MATCH (s {id: subjectId}) WHERE s:Organisation OR s:PooledFund
  CREATE (ai)-[:CONCERNS]->(s)
};

UNWIND [
  {person: 'person-rosa-lindqvist', status: 'PRESENT', chairing: 'CO_CHAIR', line: 'Present, line 1'},
  {person: 'person-joan-featherstone', status: 'PRESENT', chairing: 'CO_CHAIR', line: 'Present, line 2'},
  {person: 'person-marcus-oyelaran', status: 'PRESENT', chairing: null, line: 'Present, line 3'},
  {person: 'person-priya-shah', status: 'PRESENT', chairing: null, line: 'Present, line 4'},
  {person: 'person-tomas-brennan', status: 'PRESENT', chairing: null, line: 'Present, line 5'},
  {person: 'person-dev-marchetti', status: 'PRESENT', chairing: null, line: 'Present, line 6'},
  {person: 'person-lucy-tran', status: 'PRESENT', chairing: null, line: 'Present, line 7'},
  {person: 'person-niamh-callaghan', status: 'PRESENT', chairing: null, line: 'Present, line 8'},
  {person: 'person-imran-siddiqui', status: 'PRESENT', chairing: null, line: 'Present, line 9'},
  {person: 'person-samuel-adeyemi', status: 'APOLOGIES', chairing: null, line: 'Apologies'},
  {person: 'person-eleanor-vance', status: 'APOLOGIES', chairing: null, line: 'Apologies'},
  {person: 'person-hannah-brooks', status: 'APOLOGIES', chairing: null, line: 'Apologies'}
] AS x
MATCH (mt:Meeting {id: 'meeting-hwbs-2025-11-20'}), (p:Person {id: x.person}),
      (doc:SourceDocument {id: 'doc-hwb-in-common-minutes-2025-11'})
CREATE (a:Attendance {id: 'attendance-hwbs-2025-11-' + x.person, key: mt.id + '|' + p.id, status: x.status,
  chair: x.chairing IS NOT NULL, chairing: x.chairing, createdAt: datetime()})-[:AT_MEETING]->(mt)
CREATE (a)-[:ATTENDEE]->(p)
CREATE (a)-[:SOURCED_FROM {locator: x.line}]->(doc);

MATCH (i1:AgendaItem {id: 'item-hwbs-2025-11-1'}), (i2:AgendaItem {id: 'item-hwbs-2025-11-2'}),
      (bb:Board {id: 'board-brackenford-hwb'}), (eb:Board {id: 'board-eastwater-hwb'}),
      (doc:SourceDocument {id: 'doc-hwb-in-common-minutes-2025-11'})
CREATE (d1:Decision {id: 'decision-hwbs-2025-11-1-brackenford', text: 'Brackenford Health and Wellbeing Board approved the refreshed joint strategy',
  outcome: 'APPROVED', decidedOn: date('2025-11-20'), decidedOnPrecision: 'DAY', kind: 'STRATEGY_APPROVAL', createdAt: datetime()})-[:ON_ITEM]->(i1)
CREATE (d2:Decision {id: 'decision-hwbs-2025-11-1-eastwater', text: 'Eastwater Health and Wellbeing Board approved the refreshed joint strategy',
  outcome: 'APPROVED', decidedOn: date('2025-11-20'), decidedOnPrecision: 'DAY', kind: 'STRATEGY_APPROVAL', createdAt: datetime()})-[:ON_ITEM]->(i1)
CREATE (d3:Decision {id: 'decision-hwbs-2025-11-2', text: 'Better Care Fund plan 2026/27 signed off for submission',
  outcome: 'APPROVED', decidedOn: date('2025-11-20'), decidedOnPrecision: 'DAY', kind: 'STRATEGY_APPROVAL', createdAt: datetime()})-[:ON_ITEM]->(i2)
CREATE (d1)-[:TAKEN_BY]->(bb), (d2)-[:TAKEN_BY]->(eb), (d3)-[:TAKEN_BY]->(bb)
CREATE (d1)-[:SOURCED_FROM {locator: 'Minute 1'}]->(doc), (d2)-[:SOURCED_FROM {locator: 'Minute 1'}]->(doc),
       (d3)-[:SOURCED_FROM {locator: 'Minute 2'}]->(doc);

// A dispensation that had ended by the September 2025 joint sub-committee: the report says it was ignored.
MATCH (p:Person {id: 'person-dev-marchetti'}), (council:Organisation {id: 'org-brackenford-council'}),
      (surgery:Organisation {id: 'org-ashgrove-surgery'}), (doc:SourceDocument {id: 'doc-jsc-tor-2023'})
CREATE (x:Dispensation {id: 'dispensation-dev-marchetti-2024', allows: ['SPEAK'], decisionKinds: [],
  validFrom: date('2024-04-01'), validTo: date('2025-03-31'), grantedByRole: 'Monitoring Officer',
  reason: 'GP partners may speak on local primary care matters, to inform the discussion', createdAt: datetime()})
CREATE (p)<-[:GRANTED_TO]-(x)-[:GRANTED_BY]->(council), (x)-[:COVERS]->(surgery),
       (x)-[:SOURCED_FROM {locator: 'Dispensations granted 2024/25'}]->(doc);

// A member's husband, who sits on nothing himself: his directorship of the GP confederation, recorded from Companies
// House, reaches Sarah Lindgren as an indirect interest on the August 2025 primary care contract award. The minutes
// record who came and who sent apologies; she declared the link and took no part, and the committee stayed quorate.
CREATE (:SourceDocument {id: 'doc-companies-house-confederation', title: 'Companies House: Brackenford GP Confederation Ltd, officers',
  kind: 'OTHER', publisher: 'Companies House', publishedOn: date('2025-06-30'), recordedAt: datetime()});
CREATE (:SourceDocument {id: 'doc-pcc-minutes-2025-08', title: 'Primary Care Commissioning Committee minutes, 14 August 2025',
  kind: 'MINUTES', publisher: 'NHS Kestrel ICB', publishedOn: date('2025-09-11'), recordedAt: datetime()});

MATCH (sarah:Person {id: 'person-sarah-lindgren'}), (confed:Organisation {id: 'org-brackenford-gp-confederation'}),
      (ch:SourceDocument {id: 'doc-companies-house-confederation'}), (icb:SourceDocument {id: 'doc-icb-register-2025'})
CREATE (martin:Person {id: 'person-martin-lindgren', givenName: 'Martin', familyName: 'Lindgren', aliases: [],
  displayName: 'Martin Lindgren', sortName: 'lindgren martin', searchText: 'martin lindgren', createdAt: datetime()})
CREATE (i:Interest {id: 'interest-180', nature: 'Director', type: 'FINANCIAL', typeAsDeclared: null,
  validFrom: date('2019-02-01'), withheld: false, recordedAt: datetime()})-[:DECLARED_BY]->(martin)
CREATE (i)-[:IN_ORGANISATION]->(confed), (i)-[:SOURCED_FROM {locator: 'Officers: appointed 1 February 2019'}]->(ch)
CREATE (sarah)<-[:RELATES]-(r:PersonRelationship {id: 'relationship-lindgren', kind: 'SPOUSE_OR_CIVIL_PARTNER',
  validFrom: date('2011-06-18'), createdAt: datetime()})-[:RELATES]->(martin)
CREATE (r)-[:SOURCED_FROM {locator: 'Register of interests: Sarah Lindgren, indirect interests'}]->(icb);

UNWIND [
  {person: 'person-rajesh-nair', status: 'PRESENT', chairing: 'CHAIR', line: 'Present, line 1'},
  {person: 'person-olu-bankole', status: 'PRESENT', chairing: null, line: 'Present, line 2'},
  {person: 'person-sarah-lindgren', status: 'PRESENT', chairing: null, line: 'Present, line 3'},
  {person: 'person-claire-donnelly', status: 'PRESENT', chairing: null, line: 'Present, line 4'},
  {person: 'person-felix-osterberg', status: 'PRESENT', chairing: null, line: 'Present, line 5'},
  {person: 'person-margaret-osei', status: 'APOLOGIES', chairing: null, line: 'Apologies'},
  {person: 'person-dev-marchetti', status: 'APOLOGIES', chairing: null, line: 'Apologies'}
] AS x
MATCH (mt:Meeting {id: 'meeting-pcc-2025-08-14'}), (p:Person {id: x.person}),
      (doc:SourceDocument {id: 'doc-pcc-minutes-2025-08'})
CREATE (a:Attendance {id: 'attendance-pcc-2025-08-' + x.person, key: mt.id + '|' + p.id, status: x.status,
  chair: x.chairing IS NOT NULL, chairing: x.chairing, createdAt: datetime()})-[:AT_MEETING]->(mt)
CREATE (a)-[:ATTENDEE]->(p)
CREATE (a)-[:SOURCED_FROM {locator: x.line}]->(doc);

MATCH (ai:AgendaItem {id: 'item-pcc-2025-08-5'}), (p:Person {id: 'person-sarah-lindgren'}),
      (confed:Organisation {id: 'org-brackenford-gp-confederation'}), (doc:SourceDocument {id: 'doc-pcc-minutes-2025-08'})
CREATE (d:Declaration {id: 'declaration-pcc-2025-08-1', nature: 'Husband is a director of Brackenford GP Confederation',
  action: 'NO_PART_IN_DISCUSSION_OR_VOTE', createdAt: datetime()})-[:AGAINST_ITEM]->(ai)
CREATE (d)-[:DECLARED_BY]->(p), (d)-[:ABOUT_ORGANISATION]->(confed), (d)-[:SOURCED_FROM {locator: 'Minute 2'}]->(doc);

// NHS England holds primary medical care contracting by statute and delegates it to the ICB (which does not hold it
// by statute), and the ICB on to its Primary Care Commissioning Committee: a chain for such a decision climbs past
// the ICB to NHS England.
CREATE (:SourceDocument {id: 'doc-nhse-delegation-2023', title: 'Delegation agreement: primary medical services, NHS England and NHS Kestrel ICB',
  kind: 'AGREEMENT', publisher: 'NHS England', publishedOn: date('2023-06-30'), recordedAt: datetime()});
CREATE (:Organisation {id: 'org-nhs-england', name: 'NHS England', kind: 'NHS_ENGLAND', aliases: ['NHSE'], odsCode: 'X24',
  statutory: true, searchText: 'nhs england | nhse', createdAt: datetime()});
MATCH (nhse:Organisation {id: 'org-nhs-england'}), (icb:Organisation {id: 'org-kestrel-icb'}),
      (doc:SourceDocument {id: 'doc-nhse-delegation-2023'})
CREATE (d:Delegation {id: 'delegation-nhse-icb-primary-care', instrument: 'NATIONAL_DELEGATION',
  instrumentReference: 'Delegation agreement, schedule 2', scope: ['PRIMARY_CARE_CONTRACTING', 'PRIMARY_MEDICAL_SERVICES'],
  subDelegationAllowed: true, validFrom: date('2023-07-01'), createdAt: datetime()})
CREATE (nhse)<-[:DELEGATED_BY]-(d)-[:DELEGATED_TO]->(icb), (d)-[:SOURCED_FROM {locator: 'Schedule 2'}]->(doc);

// Beside the pooled fund, the ICB's learning disabilities budget is only aligned: the ICB keeps and spends it, and the
// joint board may only recommend.
MATCH (a:Agreement {id: 's75-eastwater-ld'}), (icb:Organisation {id: 'org-kestrel-icb'})
CREATE (icb)<-[:HOSTED_BY]-(:PooledFund {id: 'fund-eastwater-ld-aligned', name: 'Eastwater Learning Disabilities Aligned Budget (ICB)',
  scheme: 'Learning disabilities', arrangement: 'ALIGNED', createdAt: datetime()})-[:UNDER_AGREEMENT]->(a);

// The rest of the partnerships' governance, one of each as papers state it.
CREATE (:SourceDocument {id: 'doc-bcf-pack-2025-10', title: 'Brackenford BCF Pooled Budget Board agenda pack, 9 October 2025',
  kind: 'AGENDA_PACK', publisher: 'Brackenford Council', publishedOn: date('2025-10-01'), recordedAt: datetime()});
CREATE (:SourceDocument {id: 'doc-hwb-constitution-2024', title: 'Brackenford Council Constitution, Part 3: Health and Wellbeing Board terms of reference',
  kind: 'TERMS_OF_REFERENCE', publisher: 'Brackenford Council', publishedOn: date('2024-07-18'), recordedAt: datetime()});
CREATE (:SourceDocument {id: 'doc-icb-jfp-2025', title: 'Kestrel joint forward plan 2025/26 to 2029/30',
  kind: 'OTHER', publisher: 'NHS Kestrel ICB', publishedOn: date('2025-03-27'), recordedAt: datetime()});

// The BCF agreement's term and the fund's limits; a variation of the learning disabilities agreement in progress.
MATCH (a:Agreement {id: 's75-brackenford-bcf'}), (d:SourceDocument {id: 'doc-bcf-s75-2023'})
SET a.termAsWritten = 'Two years from 1 April 2023, extendable by up to two further periods agreed in writing one month before the end',
    a.initialTermMonths = 24, a.extensionOptions = 2, a.extensionMonths = 24, a.extensionNoticeMonths = 1,
    a.withdrawalNoticeMonths = 6;
MATCH (f:PooledFund {id: 'fund-brackenford-bcf'}), (council:Organisation {id: 'org-brackenford-council'}),
      (icb:Organisation {id: 'org-kestrel-icb'})
SET f.maxPerYearPence = 2600000000, f.termAsWritten = '2+2+2'
CREATE (f)<-[:CAP_ON]-(:FundCap {id: 'cap-bcf-council', amountPence: 700000000, createdAt: datetime()})-[:FOR_PARTY]->(council)
CREATE (f)<-[:CAP_ON]-(:FundCap {id: 'cap-bcf-icb', amountPence: 2000000000, createdAt: datetime()})-[:FOR_PARTY]->(icb);
MATCH (a:Agreement {id: 's75-eastwater-ld'}), (icb:Board {id: 'board-icb'}), (hwb:Board {id: 'board-eastwater-hwb'}),
      (d:SourceDocument {id: 'doc-ld-s75-2022'})
CREATE (v:AgreementVariation {id: 'variation-ld-autism-support-2026', kind: 'VARIATION', status: 'PROPOSED',
  expectedOn: date('2026-06-30'), description: 'Add community autism support to the pooled fund from 2026/27',
  createdAt: datetime()})-[:VARIES]->(a)
CREATE (v)-[:NEEDS_APPROVAL_FROM]->(icb), (v)-[:NEEDS_APPROVAL_FROM]->(hwb), (v)-[:SOURCED_FROM {locator: 'Clause 24'}]->(d)
CREATE (a)<-[:APPROVES]-(x:AgreementApproval {id: 'approval-ld-autism-icb', approvedOn: date('2025-11-13'),
  createdAt: datetime()})-[:BY]->(icb)
CREATE (x)-[:OF_VARIATION]->(v);

// Agreements known to exist with no dates or values: the place partners' memorandum, the VCSE alliance.
CREATE (:Agreement {id: 'agreement-place-mou', kind: 'MEMORANDUM_OF_UNDERSTANDING',
  title: 'Memorandum of understanding between the Brackenford place partners', purposes: [], schemes: [], status: 'ACTIVE',
  searchText: 'memorandum of understanding between the brackenford place partners', createdAt: datetime()});
CREATE (:Agreement {id: 'agreement-vcse-alliance', kind: 'ALLIANCE_AGREEMENT', reference: 'VCSE-ALLIANCE-2024',
  title: 'Brackenford VCSE Alliance Agreement', purposes: [], schemes: ['Social prescribing'], startDate: date('2024-04-01'),
  status: 'ACTIVE', searchText: 'vcse-alliance-2024 | brackenford vcse alliance agreement', createdAt: datetime()});
UNWIND [
  {id: 'ap-mou-council', agreement: 'agreement-place-mou', organisation: 'org-brackenford-council', role: 'PARTNER'},
  {id: 'ap-mou-icb', agreement: 'agreement-place-mou', organisation: 'org-kestrel-icb', role: 'PARTNER'},
  {id: 'ap-mou-hospital', agreement: 'agreement-place-mou', organisation: 'org-brackenford-hospital', role: 'PARTNER'},
  {id: 'ap-vcse-action', agreement: 'agreement-vcse-alliance', organisation: 'org-brackenford-voluntary-action', role: 'HOST'},
  {id: 'ap-vcse-carers', agreement: 'agreement-vcse-alliance', organisation: 'org-eastwater-carers', role: 'PARTNER'}
] AS x
MATCH (a:Agreement {id: x.agreement}), (o:Organisation {id: x.organisation}), (d:SourceDocument {id: 'doc-bcf-pack-2025-10'})
CREATE (o)<-[:PARTY]-(:AgreementParty {id: x.id, role: x.role, createdAt: datetime()})-[:TO_AGREEMENT]->(a)
MERGE (a)-[:SOURCED_FROM {locator: 'Item 4, appendix B'}]->(d);

// The acute collaborative: known by a nickname, its membership given as "the three acute trusts".
MATCH (p:Partnership {id: 'partnership-acute-collaborative'}), (d:SourceDocument {id: 'doc-bcf-pack-2025-10'}),
      (chair:Person {id: 'person-margaret-osei'})
SET p.aliases = ['the acute collaborative'], p.searchText = p.searchText + ' | the acute collaborative',
    p.formedOn = date('2021-01-01'), p.formedOnPrecision = 'YEAR', p.goLiveOn = date('2022-04-01'), p.goLiveOnPrecision = 'MONTH'
CREATE (p)<-[:COUNT_OF]-(c:StatedCount {id: 'count-acute-trusts', count: 3, description: 'acute trusts',
  asAt: date('2025-10-09'), createdAt: datetime()})
CREATE (c)-[:SOURCED_FROM {locator: 'Item 6, para 3', inferred: false}]->(d)
CREATE (p)<-[:ROLE_IN]-(r:PartnershipRole {id: 'role-acute-collaborative-sro', kind: 'SENIOR_RESPONSIBLE_OFFICER',
  asWritten: 'Senior responsible officer and chair', createdAt: datetime()})-[:ROLE_OF]->(chair)
CREATE (r)-[:SOURCED_FROM {locator: 'Item 6, para 1', inferred: false}]->(d);

// The health and wellbeing board's terms of reference; the BCF board reports to it.
MATCH (b:Board {id: 'board-brackenford-hwb'}), (bcf:Board {id: 'board-bcf'}), (d:SourceDocument {id: 'doc-hwb-constitution-2024'})
CREATE (b)<-[:TERMS_OF]-(t:TermsOfReference {id: 'tor-brackenford-hwb-2024', adoptedOn: date('2024-07-18'), adoptedOnPrecision: 'DAY',
  establishedOn: date('2013-04-01'), establishedOnPrecision: 'DAY', reviewDue: date('2026-07-31'),
  remit: 'To improve the health and wellbeing of the people of Brackenford and reduce inequalities, leading the place partnership',
  responsibilities: ['The Joint Strategic Needs Assessment', 'The Joint Local Health and Wellbeing Strategy',
    'Oversight of the Better Care Fund', 'Commenting on the ICB joint forward plan'],
  orderTopics: ['DECLARATIONS_OF_INTEREST', 'EXCLUSION_OF_PRESS_AND_PUBLIC', 'DEPUTATIONS', 'URGENT_ITEMS'],
  orderTexts: ['A member with a disclosable pecuniary interest in an item leaves the meeting for it; other interests are declared and recorded',
    'The press and public may be excluded for an item that would disclose exempt information (Local Government Act 1972, Schedule 12A)',
    'Up to two deputations of five minutes each, notified three clear working days before the meeting',
    'The chair may admit an urgent item, giving reasons recorded in the minutes'],
  createdAt: datetime()})
CREATE (t)-[:SOURCED_FROM {locator: 'Part 3, section 7'}]->(d)
CREATE (bcf)-[:HAS_LINE]->(l:ReportingLine {id: 'line-bcf-to-hwb', relation: 'REPORTS_TO',
  responsibilities: ['Quarterly BCF returns', 'Annual BCF plan for sign-off'], validFrom: date('2017-04-01'), createdAt: datetime()})-[:TO]->(b)
CREATE (l)-[:SOURCED_FROM {locator: 'Part 3, section 7.4'}]->(d);

// The BCF board's risk register at Q2 and its budget at Month 6 (from its October pack); the July business case's cover sheet.
MATCH (ai:AgendaItem {id: 'item-bcf-2025-07-3'}), (d:SourceDocument {id: 'doc-bhwb-report-2025-07'})
CREATE (p:Paper {id: 'paper-bcf-2025-07-3', title: 'Discharge to assess: business case for additional beds', reference: 'BCF/25/11',
  purpose: 'APPROVAL', purposeAsPublished: 'For approval', datedOn: date('2025-07-01'), createdAt: datetime()})-[:FOR_ITEM]->(ai)
CREATE (p)-[:SOURCED_FROM {locator: 'Item 3, cover sheet'}]->(d);
UNWIND [
  {id: 'contributor-bcf-11-lead', role: 'LEAD', person: 'person-laura-pemberton', name: null, post: 'Chief Operating Officer, Brackenford Hospital', capacity: null, na: false, on: null},
  {id: 'contributor-bcf-11-author', role: 'AUTHOR', person: null, name: 'J. Okafor', post: 'BCF Finance Manager', capacity: null, na: false, on: null},
  {id: 'contributor-bcf-11-finance', role: 'SIGNED_OFF_BY', person: null, name: 'R. Patel', post: 'Deputy Section 151 Officer', capacity: 'Finance', na: false, on: date('2025-06-27')},
  {id: 'contributor-bcf-11-legal', role: 'SIGNED_OFF_BY', person: null, name: null, post: null, capacity: 'Legal', na: true, on: null}
] AS x
MATCH (p:Paper {id: 'paper-bcf-2025-07-3'})
OPTIONAL MATCH (person:Person {id: x.person})
CREATE (p)<-[:ON_PAPER]-(c:Contributor {id: x.id, role: x.role, nameAsWritten: coalesce(x.name, person.displayName), post: x.post,
  capacity: x.capacity, notApplicable: x.na, on: x.on})
FOREACH (q IN CASE WHEN person IS NULL THEN [] ELSE [person] END | CREATE (c)-[:PERSON]->(q));
MATCH (p:Paper {id: 'paper-bcf-2025-07-3'}), (b:Board {id: 'board-icb-finance'})
CREATE (p)-[:CONSIDERED_BY {on: date('2025-06-26'), outcome: 'supported'}]->(b);
UNWIND [
  {id: 'risk-bcf-1', ref: 'BCF1', title: 'Demand for discharge packages exceeds the pooled budget', owner: 'person-laura-pemberton', ownerName: null, threshold: 15,
   scores: [{q: '2025/26 Q1', start: date('2025-04-01'), il: 4, ii: 4, rl: 4, ri: 4}, {q: '2025/26 Q2', start: date('2025-07-01'), il: 4, ii: 4, rl: 4, ri: 4}]},
  {id: 'risk-bcf-2', ref: 'BCF2', title: 'Disabled Facilities Grant capital not spent in year', owner: null, ownerName: 'Head of Housing Services', threshold: 15,
   scores: [{q: '2025/26 Q1', start: date('2025-04-01'), il: 3, ii: 3, rl: 3, ri: 3}, {q: '2025/26 Q2', start: date('2025-07-01'), il: 4, ii: 3, rl: 3, ri: 4}]},
  {id: 'risk-bcf-3', ref: 'BCF3', title: 'Carers support contract fails at retender', owner: null, ownerName: 'Commissioning Manager (Carers)', threshold: 15,
   scores: [{q: '2025/26 Q2', start: date('2025-07-01'), il: 2, ii: 4, rl: 2, ri: 3}]}
] AS x
MATCH (b:Board {id: 'board-bcf'}), (council:Organisation {id: 'org-brackenford-council'}), (d:SourceDocument {id: 'doc-bcf-pack-2025-10'})
OPTIONAL MATCH (owner:Person {id: x.owner})
CREATE (r:Risk {id: x.id, key: 'ref:' + toLower(x.ref), reference: x.ref, title: x.title, ownerName: coalesce(x.ownerName, owner.displayName),
  escalationThreshold: x.threshold, escalatedToAsWritten: CASE x.ref WHEN 'BCF1' THEN 'Health and Wellbeing Board' END, status: 'OPEN',
  createdAt: datetime()})-[:ON_REGISTER_OF]->(b)
CREATE (r)-[:RISK_OF]->(council), (r)-[:SOURCED_FROM {locator: 'Item 4, appendix C'}]->(d)
FOREACH (o IN CASE WHEN owner IS NULL THEN [] ELSE [owner] END | CREATE (r)-[:OWNED_BY]->(o))
FOREACH (s IN x.scores | CREATE (r)<-[:SCORE_OF]-(:RiskScore {id: x.id + '-' + s.q, quarter: s.q, quarterStart: s.start,
  inherentLikelihood: s.il, inherentImpact: s.ii, inherentScore: s.il * s.ii, residualLikelihood: s.rl, residualImpact: s.ri,
  residualScore: s.rl * s.ri, createdAt: datetime()}));
MATCH (r:Risk {id: 'risk-bcf-1'}), (hwb:Board {id: 'board-brackenford-hwb'})
CREATE (r)-[:ESCALATED_TO]->(hwb);
UNWIND [
  {name: 'Disabled Facilities Grant', budget: 210000000, actual: 98000000, forecast: 235000000, variance: 25000000},
  {name: 'Hospital discharge', budget: 150000000, actual: 81200000, forecast: 158000000, variance: 8000000},
  {name: 'Carers\' support', budget: 64000000, actual: 30000000, forecast: 61000000, variance: -3000000},
  {name: 'Reablement', budget: 90000000, actual: null, forecast: null, variance: null}
] AS x
MATCH (f:PooledFund {id: 'fund-brackenford-bcf'}), (d:SourceDocument {id: 'doc-bcf-pack-2025-10'})
CREATE (f)<-[:LINE_OF]-(l:BudgetLine {id: 'budget-' + toLower(replace(replace(x.name, ' ', '-'), '\'', '')), key: toLower(x.name) + '|2025/26',
  name: x.name, financialYear: '2025/26', createdAt: datetime()})
CREATE (l)<-[:POSITION_OF]-(:BudgetPosition {id: 'position-' + toLower(replace(replace(x.name, ' ', '-'), '\'', '')) + '-m6', month: date('2025-09-01'),
  annualBudgetPence: x.budget, actualToDatePence: x.actual, forecastPence: x.forecast, variancePence: x.variance, createdAt: datetime()})
CREATE (l)-[:SOURCED_FROM {locator: 'Item 4, appendix A'}]->(d);

// The joint forward plan: a duty of the ICB and its partner trusts, due before each financial year.
MATCH (icb:Organisation {id: 'org-kestrel-icb'}), (trust:Organisation {id: 'org-brackenford-hospital'}),
      (mh:Organisation {id: 'org-kestrel-mental-health'}), (d:SourceDocument {id: 'doc-icb-jfp-2025'})
CREATE (duty:Duty {id: 'duty-joint-forward-plan', title: 'Prepare and publish a joint forward plan',
  legislation: 'NHS Act 2006 s.14Z52 (inserted by the Health and Care Act 2022)',
  description: 'Before the start of each financial year, the ICB and its partner NHS trusts prepare a five-year joint forward plan, share a draft with each health and wellbeing board and review it annually',
  createdAt: datetime()})
CREATE (duty)-[:DUTY_OF]->(icb), (duty)-[:DUTY_OF]->(trust), (duty)-[:DUTY_OF]->(mh), (duty)-[:SOURCED_FROM {locator: 'Section 1'}]->(d)
CREATE (duty)<-[:DEADLINE_OF]-(:DutyDeadline {id: 'deadline-jfp-2025', due: date('2025-03-31'), duePrecision: 'DAY',
  description: 'Plan for 2025/26 to 2029/30 published', metOn: date('2025-03-27')})
CREATE (duty)<-[:DEADLINE_OF]-(:DutyDeadline {id: 'deadline-jfp-draft-2026', due: date('2026-01-01'), duePrecision: 'MONTH',
  description: 'Draft of the 2026/27 refresh shared with the health and wellbeing boards'})
CREATE (duty)<-[:DEADLINE_OF]-(:DutyDeadline {id: 'deadline-jfp-2026', due: date('2026-03-31'), duePrecision: 'DAY',
  description: 'Plan refreshed for 2026/27 and published'});
