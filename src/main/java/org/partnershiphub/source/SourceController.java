package org.partnershiphub.source;

import org.partnershiphub.source.SourceService.RecordSourceDocumentInput;
import org.partnershiphub.source.SourceService.RecordSourceDocumentPayload;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

@Controller
class SourceController {

	private final SourceService sources;

	SourceController(SourceService sources) {
		this.sources = sources;
	}

	@MutationMapping
	RecordSourceDocumentPayload recordSourceDocument(@Argument RecordSourceDocumentInput input) {
		return this.sources.recordSourceDocument(input);
	}

}
