// The benchmark's peer (PeerBenchmark): Neo4j's own GraphQL library, which compiles a whole request into one Cypher
// query, with type definitions over the hub's own labels and relationships, on the same database. Installed under
// target/peer by the benchmark only, never by ./mvnw verify.
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const typeDefs = /* GraphQL */ `
  type Person @node {
    id: ID!
    displayName: String
    sortName: String
    searchText: String
    interests: [Interest!]! @relationship(type: "DECLARED_BY", direction: IN)
    memberships: [Membership!]! @relationship(type: "HELD_BY", direction: IN)
  }
  type Organisation @node {
    id: ID!
    name: String
    kind: String
    interests: [Interest!]! @relationship(type: "IN_ORGANISATION", direction: IN)
  }
  type Interest @node {
    id: ID!
    nature: String
    type: String
    declaredOn: Date
    validFrom: Date
    validTo: Date
    person: [Person!]! @relationship(type: "DECLARED_BY", direction: OUT)
    organisation: [Organisation!]! @relationship(type: "IN_ORGANISATION", direction: OUT)
  }
  type Board @node {
    id: ID!
    name: String
    kind: String
    members: [Membership!]! @relationship(type: "ON_BOARD", direction: IN)
  }
  type Membership @node {
    id: ID!
    role: String
    from: Date
    to: Date
    person: [Person!]! @relationship(type: "HELD_BY", direction: OUT)
    board: [Board!]! @relationship(type: "ON_BOARD", direction: OUT)
  }
`;

// The benchmark's in-process Neo4j runs without authentication.
const driver = neo4j.driver(process.env.NEO4J_URI, undefined, { maxConnectionPoolSize: 64 });
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
if (process.argv.includes("--print-schema")) {
  const { printSchema } = await import("graphql");
  console.log(printSchema(schema));
  process.exit(0);
}
const server = new ApolloServer({ schema });
const { url } = await startStandaloneServer(server, { listen: { port: Number(process.env.PORT ?? 4000) } });
console.log(`peer ready at ${url}`);
