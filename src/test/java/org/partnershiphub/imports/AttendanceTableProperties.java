package org.partnershiphub.imports;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.partnershiphub.meeting.Attendance.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cells of an attendance table as minutes clerks fill them: a status with more words after it, and a name with
 * what its holder did in brackets after it. The status is read from its first words and the rest handed back, never
 * dropped; the brackets are read for the chairing or substitution they state, never kept in the name.
 */
class AttendanceTableProperties {

	private static final List<String> PRESENT = List.of("Present", "P", "Attended", "present");

	private static final List<String> APOLOGIES = List.of("Apologies", "Apologies received", "Sent apologies", "Apols");

	@Provide
	Arbitrary<String> rests() {
		return Arbitraries.strings().withCharRange('a', 'z').withChars(' ').ofMinLength(1).ofMaxLength(30)
			.map(String::strip).filter(s -> !s.isEmpty());
	}

	@Provide
	Arbitrary<String> separators() {
		return Arbitraries.of(" - ", "- ", " \u2013 ", ", ", "; ", " (");
	}

	@Property(tries = 500)
	void aStatusWithWordsAfterItIsReadFromItsFirstWordsAndTheRestHandedBack(@ForAll("rests") String rest,
			@ForAll("separators") String separator, @ForAll boolean present, @ForAll @IntRange(max = 3) int which) {
		String status = (present ? PRESENT : APOLOGIES).get(which);
		String cell = status + separator + rest + (separator.contains("(") ? ")" : "");
		assertThat(RosterImport.statusCell(cell)).as(cell).hasValueSatisfying(read -> {
			assertThat(read.status()).isEqualTo(present ? Status.PRESENT : Status.APOLOGIES);
			assertThat(read.rest()).isEqualTo(rest);
		});
		assertThat(RosterImport.statusCell(status)).hasValueSatisfying(read -> assertThat(read.rest()).isEmpty());
	}

	@Provide
	Arbitrary<String> capacities() {
		return rests().filter(r -> !r.equals("expected"));
	}

	@Property(tries = 300)
	void presentAsSomethingIsPresentWithTheCapacityHandedBack(@ForAll("capacities") String capacity,
			@ForAll boolean attended) {
		String cell = (attended ? "Attended" : "Present") + " as " + capacity;
		assertThat(RosterImport.statusCell(cell)).as(cell).hasValueSatisfying(read -> {
			assertThat(read.status()).isEqualTo(Status.PRESENT);
			assertThat(read.rest()).isEqualTo("as " + capacity);
		});
	}

	/** Committee systems head the names "Attendee" in attendance and "Councillor" in a committee's membership. */
	@Property(tries = 100)
	void theNamesColumnIsFoundUnderTheHeadingsCommitteeSystemsPrint(
			@ForAll("nameHeadings") String heading, @ForAll boolean statusFirst) {
		String header = statusFirst ? "Role,Attendance," + heading : heading + ",Role,Attendance";
		Columns<RosterImport.Field> columns = Columns.find(Table.parse(header + "\n"), RosterImport.Field.class,
				Map.of(), List.of(RosterImport.Field.STATUS));
		assertThat(columns.of(RosterImport.Field.NAME)).isEqualTo(statusFirst ? 2 : 0);
		assertThat(columns.of(RosterImport.Field.STATUS)).isEqualTo(statusFirst ? 1 : 2);
		assertThat(columns.of(RosterImport.Field.ROLE)).isEqualTo(statusFirst ? 0 : 1);
	}

	@Provide
	Arbitrary<String> nameHeadings() {
		return Arbitraries.of("Name", "Attendee", "Attendees", "Councillor", "Member", "Members", "Member name");
	}

	@Example
	void presentAsSubstituteForAMemberSaysForWhom() {
		String rest = RosterImport.statusCell("Present as substitute for Cllr Nadia Voss").orElseThrow().rest();
		assertThat(Minutes.said("", rest, "").substituteFor()).isEqualTo("Cllr Nadia Voss");
		assertThat(Minutes.said("", "Substitute for Dr Leah Corrin", "").substituteFor()).isEqualTo("Dr Leah Corrin");
	}

	@Example
	void presentAsExpectedIsPresentAndExpectedAloneStatesNothing() {
		assertThat(RosterImport.statusCell("Present as expected"))
			.hasValue(new RosterImport.StatusCell(Status.PRESENT, ""));
		assertThat(RosterImport.statusCell("Expected")).isEmpty();
	}

	@Property(tries = 300)
	void wordsThatStateNoStatusAreNotReadAsOne(@ForAll("rests") String words, @ForAll("separators") String separator) {
		String cell = "Left " + words + separator + "present";
		assertThat(RosterImport.statusCell(cell)).as(cell).isEmpty();
	}

	@Provide
	Arbitrary<String> names() {
		return Arbitraries.of("Cllr Ines Barlow", "Dr Leah Corrin", "Hattie Quist", "Councillor Pia Lund",
				"Amos Kettle");
	}

	@Property(tries = 200)
	void theBracketAfterANameSaysWhatTheyDidAndIsNeverPartOfTheName(@ForAll("names") String name,
			@ForAll("names") String other) {
		assertThat(RosterImport.bracketed(name + " (Chair)")).satisfies(e -> {
			assertThat(e.name()).isEqualTo(name);
			assertThat(e.chairing()).isEqualTo("CHAIR");
		});
		assertThat(RosterImport.bracketed(name + " (Co-Chair)").chairing()).isEqualTo("CO_CHAIR");
		assertThat(RosterImport.bracketed(name + " (substitute for " + other + ")").substituteFor()).isEqualTo(other);
		assertThat(RosterImport.bracketed(name + "  (co-chairing in the absence of " + other + ")"))
			.satisfies(e -> {
				assertThat(e.name()).isEqualTo(name);
				assertThat(e.chairing()).isEqualTo("CO_CHAIR");
				assertThat(e.inAbsenceOf()).isEqualTo(other);
			});
		assertThat(RosterImport.bracketed(name + " (Tamarside Council)")).satisfies(e -> {
			assertThat(e.name()).isEqualTo(name);
			assertThat(e.chairing()).isEmpty();
			assertThat(e.title()).isEqualTo("(Tamarside Council)");
		});
		assertThat(RosterImport.bracketed(name)).isNull();
	}

	@Property(tries = 200)
	void aBodyOrPostAfterANameAndACommaIsWhoTheyAreNotTheirForename(@ForAll("names") String name,
			@ForAll("afterNames") String after, @ForAll boolean rowsOwnOrganisation) {
		String organisation = rowsOwnOrganisation ? after : "";
		assertThat(Names.afterName(name + ", " + after, organisation)).isEqualTo(after);
		assertThat(Names.afterName(name, organisation)).isNull();
	}

	@Provide
	Arbitrary<String> afterNames() {
		return Arbitraries.of("Healthwatch Brackenford", "Chair, NHS Northmere CCG", "Brackenford Council",
				"Director of Public Health", "Riverside NHS Foundation Trust", "Lay Member");
	}

	@Example
	void aNameWrittenSurnameFirstOrTwoPeopleAreNotANameAndWhoTheyAre() {
		assertThat(Names.afterName("Shah, Priya", "")).isNull();
		assertThat(Names.afterName("de Souza, Cllr Ana", "")).isNull();
		assertThat(Names.afterName("Smith, John, OBE", "")).isNull();
		assertThat(Names.afterName("Dr Ann Bell, Dr Carl Dee", "")).isNull();
		assertThat(Names.afterName("Ann Bell, Carl Dee", "")).isNull();
		assertThat(Names.afterName("Ms Eve Fay, Tamarside Carers", "Tamarside Carers"))
			.isEqualTo("Tamarside Carers");
	}

	@Example
	void aTitleOfTheNamesOwnInBracketsIsLeftWithTheName() {
		assertThat(RosterImport.bracketed("Barlow, Ines (Cllr)")).isNull();
		assertThat(RosterImport.bracketed("Amos Kettle (MBE)")).isNull();
	}

	record Attended(String name, String title, String printed, Status status) {
	}

	@Provide
	Arbitrary<List<Attended>> attended() {
		Arbitrary<String> printed = Arbitraries.of("Present", "Apologies", "Absent", "Sent apologies", "Y", "N",
				"Present (from item 4)", "Apologies - represented by Jo Hart", "In attendance", "Attended");
		return net.jqwik.api.Combinators.combine(names(), Arbitraries.of("Chair", "Director of Public Health",
				"Healthwatch", "NHS Kestrel ICB"), printed)
			.as((n, t, p) -> new Attended(n, t, p, RosterImport.statusCell(p).orElseThrow().status()))
			.list()
			.ofMinSize(1)
			.ofMaxSize(5)
			.uniqueElements(Attended::name);
	}

	/** Minutes printing attendance as a table ("Member  Role  Attendance"): each row's status from its own column. */
	@Property(tries = 200)
	void aTableOfAttendanceInTheMinutesGivesEachPersonTheStatusInTheirRow(@ForAll("attended") List<Attended> people,
			@ForAll("gaps") String gap, @ForAll boolean titled, @ForAll boolean statusFirst) {
		StringBuilder text = new StringBuilder(titled ? "Attendance\n" : "");
		text.append(statusFirst ? String.join(gap, "Attendance", "Name", "Role") : String.join(gap, "Member", "Role",
				"Attendance")).append('\n');
		for (Attended a : people) {
			text.append(statusFirst ? String.join(gap, a.printed(), a.name(), a.title())
					: String.join(gap, a.name(), a.title(), a.printed())).append('\n');
		}
		List<List<String>> read = Minutes.table(text.toString(), "UTF-8").rows().stream().skip(1)
			.filter(r -> !r.cell(0).isEmpty())
			.map(r -> List.of(r.cell(0), r.cell(1), RosterImport.statusCell(r.cell(2)).orElseThrow().status().name()))
			.toList();
		assertThat(read).containsExactlyElementsOf(people.stream()
			.flatMap(a -> Stream.concat(Stream.of(List.of(a.name(), a.title(), a.status().name())), substitute(a)))
			.toList());
	}

	/** "Apologies - represented by Jo Hart": Jo Hart present in the member's place, on a row of her own. */
	private static Stream<List<String>> substitute(Attended a) {
		return a.printed().endsWith("represented by Jo Hart") ? Stream.of(List.of("Jo Hart", "", "PRESENT"))
				: Stream.empty();
	}

	@Example
	void theSubstituteAnApologyNamesInATableStandsInTheMembersSeat() {
		String text = "Member | Role | Attendance\nCllr Ines Barlow | Chair | Present\n"
				+ "Dr Leah Corrin | CCG | Apologies - represented by Dr Sunil Mehra\n";
		assertThat(Minutes.table(text, "UTF-8").rows().stream().skip(1).filter(r -> !r.cell(0).isEmpty())
			.map(r -> List.of(r.cell(0), r.cell(2), r.cell(5))))
			.containsExactly(List.of("Cllr Ines Barlow", "Present", ""), List.of("Dr Leah Corrin", "APOLOGIES", ""),
					List.of("Dr Sunil Mehra", "present", "Dr Leah Corrin"));
	}

	@Provide
	Arbitrary<String> gaps() {
		return Arbitraries.of("\t", "     ", " | ");
	}

	/**
	 * A table as a PDF's text prints it, columns lined up with spaces and a title left blank, or a column per status
	 * with a mark in one ("Name  Role  Present  Apologies  Absent"): each person's status from their own row.
	 */
	@Property(tries = 300)
	void aTableLinedUpWithSpacesReadsEachCellUnderItsHeading(@ForAll("attended") List<Attended> people,
			@ForAll boolean marks, @ForAll("ticks") String tick, @ForAll boolean untitled) {
		List<String> headings = marks ? List.of("Name", "Role", "Present", "Apologies", "Absent")
				: List.of("Name", "Role", "Attendance");
		List<List<String>> rows = new java.util.ArrayList<>();
		rows.add(headings);
		for (Attended a : people) {
			String title = untitled ? "" : a.title();
			if (marks) {
				List<String> row = new java.util.ArrayList<>(List.of(a.name(), title, "", "", ""));
				row.set(switch (a.status()) {
					case PRESENT, IN_ATTENDANCE -> 2;
					case APOLOGIES -> 3;
					case ABSENT -> 4;
				}, tick);
				rows.add(row);
			}
			else {
				rows.add(List.of(a.name(), title, a.printed()));
			}
		}
		int[] widths = new int[headings.size()];
		rows.forEach(r -> {
			for (int i = 0; i < r.size(); i++) {
				widths[i] = Math.max(widths[i], r.get(i).length());
			}
		});
		StringBuilder text = new StringBuilder();
		for (List<String> r : rows) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < r.size(); i++) {
				line.append(r.get(i)).append(" ".repeat(widths[i] - r.get(i).length() + 4));
			}
			text.append(line.toString().stripTrailing()).append('\n');
		}
		List<List<String>> read = Minutes.table(text.toString(), "UTF-8").rows().stream().skip(1)
			.filter(r -> !r.cell(0).isEmpty())
			.map(r -> List.of(r.cell(0), r.cell(1), RosterImport.statusCell(r.cell(2)).orElseThrow().status().name()))
			.toList();
		assertThat(read).as(text.toString()).containsExactlyElementsOf(people.stream()
			.flatMap(a -> Stream.concat(Stream.of(List.of(a.name(), untitled ? "" : a.title(),
					(marks && a.status() == Status.IN_ATTENDANCE ? Status.PRESENT : a.status()).name())),
					marks ? Stream.empty() : substitute(a)))
			.toList());
	}

	@Provide
	Arbitrary<String> ticks() {
		return Arbitraries.of("\u2713", "X", "x", "Yes", "\u2714");
	}

}
