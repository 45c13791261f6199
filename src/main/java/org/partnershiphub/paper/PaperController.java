package org.partnershiphub.paper;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;

import org.partnershiphub.meeting.AgendaItem;
import org.partnershiphub.paper.PaperService.PaperPayload;
import org.partnershiphub.paper.PaperService.RecordPaperInput;
import org.partnershiphub.person.Person;
import org.partnershiphub.source.SourceCitation;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

@Controller
class PaperController {

	private final PaperService papers;

	PaperController(PaperService papers, BatchLoaderRegistry registry) {
		this.papers = papers;
		registry.<String, List<Paper.Contributor>>forName("paperContributors")
			.registerMappedBatchLoader((ids, env) -> Mono.fromSupplier(() -> papers.contributors(ids)));
	}

	@QueryMapping
	Paper paper(@Argument String id) {
		return this.papers.find(id).orElse(null);
	}

	@BatchMapping(typeName = "AgendaItem", field = "papers")
	Map<AgendaItem, List<Paper>> itemPapers(List<AgendaItem> items) {
		return this.papers.papersFor(items);
	}

	@BatchMapping(typeName = "Person", field = "papers")
	Map<Person, List<Paper>> personPapers(List<Person> people) {
		return this.papers.papersOf(people);
	}

	@BatchMapping(typeName = "Paper", field = "agendaItem")
	Map<Paper, AgendaItem> agendaItem(List<Paper> papers) {
		return this.papers.items(papers);
	}

	@SchemaMapping
	CompletableFuture<List<Paper.Contributor>> contributors(Paper paper, @Argument Paper.Role role,
			DataLoader<String, List<Paper.Contributor>> paperContributors) {
		return paperContributors.load(paper.id())
			.thenApply(all -> all.stream().filter(c -> role == null || c.role() == role).toList());
	}

	@BatchMapping(typeName = "Contributor", field = "person")
	Map<Paper.Contributor, Person> person(List<Paper.Contributor> contributors) {
		return this.papers.contributorPeople(contributors);
	}

	@BatchMapping(typeName = "Paper", field = "previouslyConsidered")
	Map<Paper, List<Paper.PriorConsideration>> previouslyConsidered(List<Paper> papers) {
		return this.papers.priorConsiderations(papers);
	}

	@BatchMapping(typeName = "Paper", field = "sources")
	Map<Paper, List<SourceCitation>> sources(List<Paper> papers) {
		return this.papers.sources(papers);
	}

	@MutationMapping
	PaperPayload recordPaper(@Argument RecordPaperInput input) {
		return this.papers.recordPaper(input);
	}

}
