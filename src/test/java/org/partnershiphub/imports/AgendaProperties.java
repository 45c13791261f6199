package org.partnershiphub.imports;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.partnershiphub.imports.Table.Row;
import org.partnershiphub.meeting.AgendaItem.Purpose;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agenda reader on agendas in the shapes boards print them, generated: a title block with the date, time and
 * venue (numbers in it), items with or without a time before them or after their number, what each is for in brackets, after a dash, in a
 * column, on a line of its own or not at all, a lead in a column or on a "Lead:" line, page numbers, and descriptions
 * with numbered recommendations under an item.
 */
class AgendaProperties {

	/** An item as generated, with how its purpose and lead are printed. */
	record Item(String title, String purpose, int purposeShape, String lead, int leadShape, String time,
			boolean description, boolean pages) {

		Purpose expected() {
			return Purpose.fromPublished(this.purpose).orElse(null);
		}

	}

	@Provide
	Arbitrary<Item> items() {
		Arbitrary<String> title = Combinators
			.combine(Arbitraries.of("Better Care Fund", "Winter", "Carers", "Estates", "Population Health",
					"Pharmaceutical Needs", "Mental Health Transformation", "Children and Young People's",
					"Joint Health and Wellbeing", "Urgent and Emergency Care", "Healthwatch Brackenford",
					"Riverside Care Ltd"),
					Arbitraries.of("Plan 2025/26", "Strategy", "Assessment", "quarterly return",
							"annual report", "contract extension", "programme", "Section 75 Agreement renewal"))
			.as((a, b) -> a + " " + b);
		Arbitrary<String> purpose = Arbitraries.of("", "For approval", "For decision", "For noting", "For information",
				"For discussion", "For assurance", "For sign-off / confirmation", "To approve", "To note");
		Arbitrary<String> lead = Arbitraries.of("", "Jo Marsh", "Dr C Dee", "Cllr A Bell", "Sam Okafor, Chief Operating "
				+ "Officer", "Director of Public Health", "Chair");
		Arbitrary<String> time = Arbitraries.of("", "10.00", "2.15 pm", "14:30");
		return Combinators
			.combine(title, purpose, Arbitraries.integers().between(0, 4), lead, Arbitraries.integers().between(0, 1),
					time, Arbitraries.of(true, false), Arbitraries.of(true, false))
			.as(Item::new);
	}

	static String agenda(List<Item> items) {
		StringBuilder text = new StringBuilder("""
				BRACKENFORD HEALTH AND WELLBEING BOARD
				Thursday 18 September 2025 at 2.00 pm
				Committee Room 1, Town Hall
				10 Market Street, Brackenford BR1 1AA

				AGENDA

				""");
		for (int i = 0; i < items.size(); i++) {
			Item item = items.get(i);
			String number = (i + 1) + ".";
			// A time before the number, or in a column after it.
			String before = (item.time().isEmpty() || i % 2 == 1) ? "" : item.time() + "  ";
			String after = (item.time().isEmpty() || i % 2 == 0) ? "" : item.time() + "\t";
			String line = before + number + "\t" + after + item.title();
			boolean columns = item.purposeShape() == 2 || (item.leadShape() == 0 && !item.lead().isEmpty());
			if (!item.purpose().isEmpty()) {
				line += switch (item.purposeShape()) {
					case 0 -> " (" + item.purpose() + ")";
					case 1 -> " - " + item.purpose();
					case 2 -> "\t\t" + item.purpose();
					default -> "";
				};
			}
			if (!item.lead().isEmpty() && item.leadShape() == 0) {
				line += (columns && item.purposeShape() != 2 ? "\t\t" : "\t\t") + item.lead();
			}
			if (item.pages()) {
				line += "\t\tPages " + (i * 10 + 1) + " - " + (i * 10 + 9);
			}
			text.append(line).append('\n');
			if (!item.purpose().isEmpty() && item.purposeShape() == 3) {
				text.append("\t").append(item.purpose()).append('\n');
			}
			if (!item.purpose().isEmpty() && item.purposeShape() == 4) {
				text.append("\tPurpose: ").append(item.purpose()).append(" the report").append('\n');
			}
			if (!item.lead().isEmpty() && item.leadShape() == 1) {
				text.append("\tLead: ").append(item.lead()).append('\n');
			}
			if (item.description()) {
				text.append("""
							The report sets out progress since the last meeting and the risks to delivery.
							The Board is invited to:
							1. Approve the recommendations in section 3.
							2. Note the risks.
							3. Agree that the Director signs the return.
						""");
			}
			text.append('\n');
		}
		return text.toString();
	}

	@Property(tries = 300)
	void everyItemIsReadOnceWithItsNumberTitlePurposeAndLead(@ForAll @Size(min = 1, max = 12) List<
			@net.jqwik.api.From("items") Item> items) {
		Table table = Agenda.table(agenda(items), "UTF-8");
		List<Row> read = table.rows().stream().filter(r -> r.line() > 0 && !r.cell(0).isEmpty()).toList();
		assertThat(read).hasSize(items.size());
		for (int i = 0; i < items.size(); i++) {
			Item item = items.get(i);
			Row row = read.get(i);
			assertThat(row.cell(0)).isEqualTo(String.valueOf(i + 1));
			assertThat(row.cell(1)).as(agenda(items)).isEqualTo(item.title());
			Purpose purpose = Purpose.fromPublished(row.cell(2)).orElse(null);
			assertThat(purpose).as(row.toString()).isEqualTo(item.expected());
			assertThat(row.cell(3)).as(row.toString()).isEqualTo(item.lead());
		}
	}

	/** Text taken from a PDF without its columns: "5 Winter Plan 2025/26 For decision Sam Okafor 17 - 40". */
	@Property(tries = 200)
	void anAgendaWhoseColumnsRanTogetherIsReadByWhereThePurposeStands(
			@ForAll @Size(min = 1, max = 10) List<@net.jqwik.api.From("items") Item> generated) {
		List<Item> items = generated.stream().filter(i -> i.purpose().startsWith("For")).toList();
		net.jqwik.api.Assume.that(!items.isEmpty());
		StringBuilder text = new StringBuilder("Kestrel Integrated Care Board\nWednesday 3 December 2025\nAGENDA\n"
				+ "Item Title Purpose Lead Page\n");
		for (int i = 0; i < items.size(); i++) {
			Item item = items.get(i);
			text.append(i + 1).append(' ').append(item.title()).append(' ').append(item.purpose())
				.append(item.lead().isEmpty() ? "" : " " + item.lead())
				.append(item.pages() ? " " + (i * 10 + 1) + " - " + (i * 10 + 9) : "")
				.append('\n');
		}
		List<Row> read = Agenda.table(text.toString(), "UTF-8").rows().stream()
			.filter(r -> r.line() > 0 && !r.cell(0).isEmpty())
			.toList();
		assertThat(read).hasSize(items.size());
		for (int i = 0; i < items.size(); i++) {
			assertThat(read.get(i).cells().subList(0, 4)).as(text.toString()).containsExactly(String.valueOf(i + 1),
					items.get(i).title(), items.get(i).purpose(), items.get(i).lead());
		}
	}

	/** A table copied cell by cell: the number, title, purpose and lead each on a line of their own. */
	@Property(tries = 200)
	void anAgendaCopiedCellByCellIsReadItemByItem(
			@ForAll @Size(min = 1, max = 10) List<@net.jqwik.api.From("items") Item> items) {
		StringBuilder text = new StringBuilder("NHS Kestrel Integrated Care Board\nBoard Meeting in Public\nAgenda\n\n");
		for (int i = 0; i < items.size(); i++) {
			Item item = items.get(i);
			text.append((i % 2 == 0) ? "Item " + (i + 1) : (i + 1) + ".").append('\n').append(item.title()).append('\n');
			if (!item.purpose().isEmpty()) {
				text.append(item.purpose()).append('\n');
			}
			if (!item.lead().isEmpty()) {
				text.append(item.lead()).append('\n');
			}
			text.append(item.pages() ? "\n" : "");
		}
		List<Row> read = Agenda.table(text.toString(), "UTF-8").rows().stream()
			.filter(r -> r.line() > 0 && !r.cell(0).isEmpty())
			.toList();
		assertThat(read).as(text.toString()).hasSize(items.size());
		for (int i = 0; i < items.size(); i++) {
			assertThat(read.get(i).cells().subList(0, 4)).as(text.toString()).containsExactly(String.valueOf(i + 1),
					items.get(i).title(), items.get(i).purpose(), items.get(i).lead());
		}
	}

	@Property(tries = 100)
	void noLineIsLostWithoutARow(@ForAll @Size(min = 1, max = 8) List<@net.jqwik.api.From("items") Item> items) {
		String text = agenda(items);
		Table table = Agenda.table(text, "UTF-8");
		List<Integer> reported = table.rows().stream().map(Row::line).toList();
		String[] lines = text.split("\\R", -1);
		int covered = 0;
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].isBlank() || reported.contains(i + 1)) {
				covered++;
			}
			else {
				// Lines an item took (its purpose or lead on a line of its own) are said on the item's row.
				int line = i + 1;
				boolean taken = table.rows().stream().anyMatch(r -> r.cell(4).contains("line " + line));
				assertThat(taken).as("line " + line + ": " + lines[i]).isTrue();
				covered++;
			}
		}
		assertThat(covered).isEqualTo(lines.length);
	}

	@Property(tries = 200)
	void itemNumbersAreOrderedAsAgendasNumberThem(@ForAll("numbers") List<String> numbers) {
		for (int i = 1; i < numbers.size(); i++) {
			assertThat(Agenda.comesAfter(numbers.get(i), numbers.get(i - 1))).as(numbers.toString()).isTrue();
			assertThat(Agenda.comesAfter(numbers.get(i - 1), numbers.get(i))).as(numbers.toString()).isFalse();
		}
	}

	@Provide
	Arbitrary<List<String>> numbers() {
		return Arbitraries.integers().between(0, 3).list().ofMinSize(1).ofMaxSize(8).map(subs -> {
			List<String> numbers = new ArrayList<>();
			for (int i = 0; i < subs.size(); i++) {
				numbers.add(String.valueOf(i + 1));
				for (int s = 1; s <= subs.get(i); s++) {
					numbers.add((i % 2 == 0) ? (i + 1) + "." + s : (i + 1) + "(" + (char) ('a' + s - 1) + ")");
				}
			}
			return numbers;
		});
	}

	@Example
	void anItemNumberIsHeldAsTheAgendaAndTheMinutesBothNameIt() {
		assertThat(List.of("Item 4:", "4.", " 4 ", "4)", "4 (a)", "4(a).", "JSC 12/19", "Agenda item 7.2"))
			.extracting(org.partnershiphub.meeting.AgendaItem::number)
			.containsExactly("4", "4", "4", "4", "4(a)", "4(a)", "JSC12/19", "7.2");
	}

	@Example
	void aHeadingSaysWhatTheItemsUnderItAreForAndAnItemsOwnPurposeWins() {
		Table table = Agenda.table("""
				ITEMS FOR DECISION
				Item 1: Approval of the Terms of Reference
				Item 2: Section 75 Agreement renewal (For discussion)
				Part B - items for information
				Item 3: Update from Riverside Care Ltd
				7. Items for noting
				7.1 Quarterly performance report
				8. Any other business
				""", "UTF-8");
		assertThat(table.rows().stream().filter(r -> r.line() > 0 && !r.cell(0).isEmpty()).map(r -> List.of(r.cell(0),
				String.valueOf(Purpose.fromPublished(r.cell(2)).orElse(null))))).containsExactly(List.of("1", "DECISION"),
						List.of("2", "DISCUSSION"), List.of("3", "NOTING"), List.of("7", "NOTING"),
						List.of("7.1", "NOTING"), List.of("8", "NOTING"));
	}

	@Example
	void anIcbAgendaWithItsPurposeInTheImperativeAndItsPapersLetteredKeepsTheLeadClean() {
		Table table = Agenda.table("""
				NHS Northmere Integrated Care Board
				Item	Time	Title	Presenter	Purpose	Paper
				Opening items
				ICB/25/03		Minutes of the meeting held on 13 November 2024 and action log	Chair	Approve	A
				ICB/25/04	10:10	Chief Executive's report	Chief Executive	Assurance	B
				ICB/25/05	10:30	Joint Forward Plan refresh 2025/26	Director of Strategy	Discuss	Paper C
				ICB/25/07	12:50	Any other business	Chair	-	Verbal
				""", "UTF-8");
		assertThat(table.rows().stream().filter(r -> r.line() > 0 && !r.cell(0).isEmpty())
			.map(r -> List.of(r.cell(0), r.cell(2), r.cell(3)))).containsExactly(
					List.of("ICB/25/03", "Approve", "Chair"), List.of("ICB/25/04", "Assurance", "Chief Executive"),
					List.of("ICB/25/05", "Discuss", "Director of Strategy"), List.of("ICB/25/07", "", "Chair"));
		assertThat(Purpose.fromPublished("Approve")).contains(Purpose.DECISION);
		assertThat(Purpose.fromPublished("Discuss")).contains(Purpose.DISCUSSION);
	}

	@Example
	void datesTimesAddressesAndRecommendationsAreNotItems() {
		Table table = Agenda.table("""
				Meeting of the Board
				18 September 2025
				2.00 pm
				10 Downing Street
				1. Welcome
				2. Winter Plan
				   1. Approve the plan.
				   2. note the risks
				   15 minutes
				3. Any other business
				""", "UTF-8");
		assertThat(table.rows().stream().filter(r -> r.line() > 0 && !r.cell(0).isEmpty()).map(r -> r.cell(0) + " " + r.cell(1)))
			.containsExactly("1 Welcome", "2 Winter Plan", "3 Any other business");
	}

	@Example
	void anAgendaAsACouncilsWebsitePrintsItIsReadWithItsPurposeSentencesAndReports() {
		Table table = Agenda.table("""
				Health and Wellbeing Board - Thursday, 20th March, 2025 2.00 pm
				Venue: Council Chamber, Civic Centre. View directions
				Items
				No. Item
				1. Apologies for Absence
				To receive any apologies for absence.
				2. Declarations of Interest
				Members are reminded to declare any disclosable pecuniary interests.
				3. Minutes of the Previous Meeting
				PDF 245 KB
				To approve as a correct record the minutes of the meeting held on 12 December 2024.
				4. Better Care Fund 2025/26 Quarter 2 Return
				Report of the Director of Adult Social Care.
				5. Riverside Care Ltd - Contract Extension
				""", "UTF-8");
		assertThat(table.rows().stream().filter(r -> r.line() > 0 && !r.cell(0).isEmpty()).map(r -> List.of(r.cell(0),
				r.cell(1), String.valueOf(Purpose.fromPublished(r.cell(2)).orElse(null)), r.cell(3))))
			.containsExactly(List.of("1", "Apologies for Absence", "NOTING", ""),
					List.of("2", "Declarations of Interest", "null", ""),
					List.of("3", "Minutes of the Previous Meeting", "DECISION", ""),
					List.of("4", "Better Care Fund 2025/26 Quarter 2 Return", "null", "the Director of Adult Social Care"),
					List.of("5", "Riverside Care Ltd - Contract Extension", "null", ""));
		assertThat(table.rows().stream().filter(r -> r.line() == 8 || r.line() == 10).map(r -> r.cell(4)))
			.containsExactly("the text of item 2, not its title: not read",
					"pages, a time or a paper of item 3: not read");
	}

	@Example
	void aTableWithATitleColumnIsReadAsATableAndTextAsText() {
		byte[] csv = "Item,Title,Purpose,Lead\n1,\"Welcome, introductions\",,Chair\n".getBytes(StandardCharsets.UTF_8);
		assertThat(AgendaImport.read(csv, "agenda.csv", Map.of()).rows().get(1).cells()).containsExactly("1",
				"Welcome, introductions", "", "Chair");
		byte[] text = "AGENDA\n1. Welcome, introductions and apologies\n".getBytes(StandardCharsets.UTF_8);
		assertThat(AgendaImport.read(text, "agenda.txt", Map.of()).rows().get(2).cells().subList(0, 2))
			.containsExactly("1", "Welcome, introductions and apologies");
	}

	/** An agenda table pasted from a document: the item's reference in a column, "Item" its title, tabs between. */
	@Property(tries = 200)
	void anAgendaTableWithItsReferenceBesideTheItemReadsTheItemAsTheTitle(
			@ForAll @Size(min = 1, max = 8) List<@net.jqwik.api.constraints.IntRange(max = 11) Integer> picks,
			@ForAll boolean timed, @ForAll("referenceHeadings") String reference, @ForAll boolean csv) {
		List<Integer> unique = picks.stream().distinct().toList();
		String separator = csv ? "," : "\t";
		StringBuilder text = new StringBuilder("NHS Kestrel Integrated Care Board\nBoard meeting in public\n\n");
		text.append(String.join(separator, timed ? List.of("Time", reference, "Item", "Presenter", "Purpose")
				: List.of(reference, "Item", "Presenter", "Purpose"))).append('\n');
		for (int i = 0; i < unique.size(); i++) {
			List<String> cells = List.of("ICB 24/25/" + (40 + i), "\"" + TITLES.get(unique.get(i)) + "\"", "Chair",
					"Note");
			text.append(timed ? "10:0" + i + separator : "").append(String.join(separator, csv ? cells
					: cells.stream().map(c -> c.replace("\"", "")).toList())).append('\n');
		}
		Table table = AgendaImport.read(text.toString().getBytes(StandardCharsets.UTF_8), "agenda.txt", Map.of());
		Columns<AgendaImport.Field> columns = AgendaImport.columns(table, Map.of());
		List<List<String>> read = table.rows().stream()
			.filter(r -> r.line() > columns.header().line() && !r.blank())
			.map(r -> List.of(r.cell(columns.of(AgendaImport.Field.NUMBER)),
					r.cell(columns.of(AgendaImport.Field.TITLE)), r.cell(columns.of(AgendaImport.Field.LEAD))))
			.toList();
		List<List<String>> expected = new ArrayList<>();
		for (int i = 0; i < unique.size(); i++) {
			expected.add(List.of("ICB 24/25/" + (40 + i), TITLES.get(unique.get(i)), "Chair"));
		}
		assertThat(read).containsExactlyElementsOf(expected);
	}

	@Provide
	Arbitrary<String> referenceHeadings() {
		return Arbitraries.of("Ref", "Ref.", "No.", "Reference", "Item no", "#");
	}

	private static final List<String> TITLES = List.of("Better Care Fund Plan", "Pharmaceutical Needs Assessment",
			"Joint Strategic Needs Assessment", "Healthwatch Brackenford annual report",
			"Minutes of the previous meeting",
			"Any other business", "Winter pressures update", "Director of Public Health annual report",
			"Health and Wellbeing Strategy refresh", "Children and young people's mental health", "Forward plan",
			"Eastwater Health Centre: proposed relocation");

	/** A minute's heading finds its agenda item by title, as printed in either: never another item's. */
	@Property(tries = 300)
	void aMinutesHeadingIsTheItemOfItsTitleAndNoOther(@ForAll @net.jqwik.api.constraints.IntRange(max = 11) int one,
			@ForAll @net.jqwik.api.constraints.IntRange(max = 11) int other, @ForAll boolean dated,
			@ForAll boolean upper) {
		String agenda = TITLES.get(one) + (dated ? " 2025/26" : "");
		String heading = upper ? TITLES.get(one).toUpperCase(java.util.Locale.ROOT) : TITLES.get(one) + ".";
		assertThat(MinutesBusiness.sameTitle(heading, agenda)).as(heading + " / " + agenda).isTrue();
		assertThat(MinutesBusiness.sameTitle(TITLES.get(other), agenda)).as(TITLES.get(other) + " / " + agenda)
			.isEqualTo(one == other);
	}

	@Example
	void theMinutesOfTheLastMeetingAreTheMinutesWhateverTheDate() {
		assertThat(MinutesBusiness.sameTitle("MINUTES OF THE PREVIOUS MEETING",
				"Minutes of the meeting held on 10 July 2025")).isTrue();
		assertThat(MinutesBusiness.sameTitle("Healthwatch Brackenford - Annual Report 2024/25",
				"Healthwatch Brackenford annual report")).isTrue();
		assertThat(MinutesBusiness.sameTitle("Winter pressures", "Any other business")).isFalse();
	}

}
