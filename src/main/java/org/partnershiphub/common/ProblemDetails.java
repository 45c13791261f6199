package org.partnershiphub.common;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletResponse;
import org.partnershiphub.operations.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every REST error as an RFC 9457 problem detail ({@code application/problem+json}): Spring MVC's own (a missing
 * file part or parameter, a malformed date: 400), the hub's refusals, and anything unexpected as 500 with no internals
 * (the log has them, under the same request).
 */
@RestControllerAdvice
public class ProblemDetails extends ResponseEntityExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ProblemDetails.class);

	/** A problem answer with the status's reason as its title. */
	public static ResponseEntity<ProblemDetail> of(HttpStatus status, String detail) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(withRequestId(ProblemDetail.forStatusAndDetail(status, detail)));
	}

	/** The request's id ({@link RequestIds}), to quote when reporting the problem. */
	private static ProblemDetail withRequestId(ProblemDetail problem) {
		if (RequestIds.current() != null) {
			problem.setProperty(RequestIds.KEY, RequestIds.current());
		}
		return problem;
	}

	/** Writes a problem straight to a servlet response, for the security filters that answer before MVC. */
	public static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(java.nio.charset.StandardCharsets.UTF_8);
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"%s}"
			.formatted(status.getReasonPhrase(), status.value(), detail.replace("\\", "\\\\").replace("\"", "\\\""),
					RequestIds.current() == null ? "" : ",\"requestId\":\"" + RequestIds.current() + "\""));
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		return super.createResponseEntity(body instanceof ProblemDetail problem ? withRequestId(problem) : body, headers,
				statusCode, request);
	}

	@ExceptionHandler(BadRequestException.class)
	ResponseEntity<ProblemDetail> badRequest(BadRequestException ex) {
		return of(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
	void accessDenied(org.springframework.security.access.AccessDeniedException ex) {
		throw ex; // the security filters answer 401 or 403
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		logger.error("Unexpected error answering a REST request", ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on the hub's side; nothing was changed by this request.");
		problem.setType(URI.create("about:blank"));
		withRequestId(problem);
		return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).header(HttpHeaders.CACHE_CONTROL, "no-store")
			.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
