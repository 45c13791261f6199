package org.partnershiphub.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.partnershiphub.support.GraphTestSupport;
import org.partnershiphub.support.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production sign-in: the API as an OAuth2 resource server taking RS256 JWTs, roles from the "roles" claim. The
 * tokens are signed here with a key pair made for the test; the app trusts its public key.
 */
@IntegrationTest
class JwtTests extends GraphTestSupport {

	private static final KeyPair KEYS = keys();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void trustTheTestKey(DynamicPropertyRegistry registry) throws IOException {
		Path pem = Files.createTempFile("hub-jwt", ".pub");
		Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
				+ Base64.getMimeEncoder().encodeToString(KEYS.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + pem);
	}

	@Test
	void anOfficersTokenMayChangeThingsAndAPartnerAppsMayNot() throws Exception {
		bearer(token("alice@icb.nhs.uk", List.of("OFFICER"), 300)).document("""
				mutation { createOrganisation(input: {name: "Harbour Care Ltd", kind: COMPANY}) { organisation { name } } }""")
			.execute()
			.path("createOrganisation.organisation.name").entity(String.class).isEqualTo("Harbour Care Ltd");

		bearer(token("frontend", List.of("PARTNER_APP"), 300)).document("""
				mutation { createOrganisation(input: {name: "Other", kind: COMPANY}) { organisation { name } } }""")
			.execute()
			.errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getMessage()).isEqualTo("Changes need the OFFICER or ADMIN role")));
		assertThat(count("MATCH (o:Organisation) RETURN count(o)")).isOne();
	}

	@Test
	void aTamperedOrExpiredTokenIsRefused() throws Exception {
		String good = token("alice", List.of("ADMIN"), 300);
		String[] parts = good.split("\\.");
		String claims = new String(Base64.getUrlDecoder().decode(parts[1])).replace("ADMIN", "ADMIX");
		String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes())
				+ "." + parts[2];
		assertThat(status(tampered)).isEqualTo(401);
		assertThat(status(token("alice", List.of("ADMIN"), -120))).isEqualTo(401);
		assertThat(status(good)).isEqualTo(200);
	}

	/** The answer's status; a bearer of a token is never given a session. */
	private int status(String token) {
		var response = RestClient.create("http://localhost:" + this.port)
			.post()
			.uri("/graphql")
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.body("{\"query\":\"{ organisations(first: 1) { edges { node { id } } } }\"}")
			.retrieve()
			.onStatus(s -> true, (req, res) -> {
			})
			.toBodilessEntity();
		assertThat(response.getHeaders().get("Set-Cookie")).isNull();
		return response.getStatusCode().value();
	}

	private HttpGraphQlTester bearer(String token) {
		return this.graphQl.mutate().headers(headers -> headers.setBearerAuth(token)).build();
	}

	private static String token(String subject, List<String> roles, long secondsValid) throws JOSEException {
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), new JWTClaimsSet.Builder().subject(subject)
			.claim("roles", roles)
			.issueTime(Date.from(Instant.now().minusSeconds(600)))
			.expirationTime(Date.from(Instant.now().plusSeconds(secondsValid)))
			.build());
		jwt.sign(new RSASSASigner((RSAPrivateKey) KEYS.getPrivate()));
		return jwt.serialize();
	}

	private static KeyPair keys() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
