package org.partnershiphub.duty;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.partnershiphub.common.Dates;
import org.partnershiphub.duty.DutyService.AddDutyDeadlineInput;
import org.partnershiphub.duty.DutyService.DutyPayload;
import org.partnershiphub.duty.DutyService.MarkDeadlineMetInput;
import org.partnershiphub.duty.DutyService.RecordDutyInput;
import org.partnershiphub.organisation.Organisation;
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
class DutyController {

	private final DutyService duties;

	DutyController(DutyService duties, BatchLoaderRegistry registry) {
		this.duties = duties;
		registry.<String, List<Duty.Deadline>>forName("dutyDeadlines")
			.registerMappedBatchLoader((ids, env) -> Mono.fromSupplier(() -> duties.deadlines(ids)));
	}

	@QueryMapping
	Duty duty(@Argument String id) {
		return this.duties.find(id).orElse(null);
	}

	@QueryMapping
	List<Duty> duties(@Argument String holderId, @Argument LocalDate dueFrom, @Argument LocalDate dueTo) {
		return this.duties.duties(holderId, dueFrom, dueTo);
	}

	@SchemaMapping
	CompletableFuture<List<Duty.Deadline>> deadlines(Duty duty, DataLoader<String, List<Duty.Deadline>> dutyDeadlines) {
		return dutyDeadlines.load(duty.id());
	}

	@SchemaMapping
	CompletableFuture<Duty.Deadline> nextDeadline(Duty duty, @Argument LocalDate asOf,
			DataLoader<String, List<Duty.Deadline>> dutyDeadlines) {
		LocalDate day = Dates.orToday(asOf);
		return dutyDeadlines.load(duty.id()).thenApply(all -> all.stream()
			.filter(d -> d.metOn() == null && !d.latestDue().isBefore(day))
			.min(Comparator.comparing(Duty.Deadline::due))
			.orElse(null));
	}

	@BatchMapping
	Map<Duty, List<Object>> holders(List<Duty> duties) {
		return this.duties.holders(duties);
	}

	@BatchMapping(typeName = "Organisation", field = "duties")
	Map<Organisation, List<Duty>> organisationDuties(List<Organisation> organisations) {
		return this.duties.dutiesOf(organisations);
	}

	@BatchMapping(typeName = "Duty", field = "sources")
	Map<Duty, List<SourceCitation>> sources(List<Duty> duties) {
		return this.duties.sources(duties);
	}

	@MutationMapping
	DutyPayload recordDuty(@Argument RecordDutyInput input) {
		return this.duties.recordDuty(input);
	}

	@MutationMapping
	DutyPayload addDutyDeadline(@Argument AddDutyDeadlineInput input) {
		return this.duties.addDutyDeadline(input);
	}

	@MutationMapping
	DutyPayload markDeadlineMet(@Argument MarkDeadlineMetInput input) {
		return this.duties.markDeadlineMet(input);
	}

}
