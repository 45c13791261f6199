package org.partnershiphub.imports;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.partnershiphub.imports.Declarations.Declared;
import org.partnershiphub.meeting.Declaration.Action;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Declarations of interest in the shapes minutes write them, generated: who ("Dr C Dee", "Councillor Bell"), the
 * interest ("a non-pecuniary interest", "an interest"), the item ("in item 8", "in Item 7, Riverside Care contract,",
 * "in minute HWB/25/14", "In relation to item 5," before the name, or none, standing under an item), why ("as a
 * director of ..."), and what the member did, in the sentence or the next ("He took no part in the discussion or vote.").
 */
class DeclarationsProperties {

	record Sentence(String text, String name, String item, Action action) {
	}

	@Provide
	Arbitrary<Sentence> sentences() {
		Arbitrary<String> name = Combinators
			.combine(Arbitraries.of("Dr", "Councillor", "Cllr", "Mr", "Ms", "Professor"),
					Arbitraries.of("", "C ", "Ines ", "Owen "),
					Arbitraries.of("Dee", "Bell", "Barlow", "Pryce", "Mehra", "Okafor", "Quist", "Lindqvist"))
			.as((h, g, f) -> h + " " + g + f);
		Arbitrary<String> interest = Arbitraries.of("a non-pecuniary interest", "a pecuniary interest", "an interest",
				"a disclosable pecuniary interest", "a personal interest", "an other registrable interest");
		Arbitrary<Integer> itemShape = Arbitraries.integers().between(0, 4);
		Arbitrary<Integer> number = Arbitraries.integers().between(2, 15);
		Arbitrary<String> why = Arbitraries.of("", " as a director of Riverside Care Ltd",
				" as his wife is employed by Brackenford Hospital", " as a trustee of Lantern House Trust",
				" as a GP partner at Elm Street Surgery");
		Arbitrary<Integer> actionShape = Arbitraries.integers().between(0, 5);
		return Combinators.combine(name, interest, itemShape, number, why, actionShape).as((n, i, shape, no, w, a) -> {
			String item = switch (shape) {
				case 0, 3 -> String.valueOf(no);
				case 1 -> String.valueOf(no);
				case 2 -> "HWB/25/" + no;
				default -> null;
			};
			String where = switch (shape) {
				case 0 -> " in item " + no;
				case 1 -> " in Item " + no + ", Better Care Fund Plan,";
				case 2 -> " in minute HWB/25/" + no;
				default -> "";
			};
			String[] actions = { "", " and left the room for that item", ". She took no part in the discussion or vote",
					" and remained in the meeting", " and withdrew from the meeting", ". He did not vote" };
			Action action = switch (a) {
				case 1, 4 -> Action.WITHDREW;
				case 2, 5 -> Action.NO_PART_IN_DISCUSSION_OR_VOTE;
				case 3 -> Action.REMAINED_AFTER_DECLARING;
				default -> null;
			};
			String text = (shape == 3 ? "In relation to item " + no + ", " : "") + n + " declared " + i + where + w
					+ actions[a] + ".";
			return new Sentence(text, n, item, action);
		});
	}

	@Property(tries = 500)
	void whoDeclaredInWhichItemAndWhatTheyDidAreReadAsMinuted(@ForAll("sentences") Sentence sentence) {
		List<Declared> read = Declarations.read(sentence.text(), "9");
		assertThat(read).as(sentence.text()).hasSize(1);
		assertThat(read.get(0).name()).as(sentence.text()).isEqualTo(sentence.name());
		assertThat(read.get(0).item()).as(sentence.text())
			.isEqualTo((sentence.item() != null) ? sentence.item() : "9");
		assertThat(read.get(0).action()).as(sentence.text()).isEqualTo(sentence.action());
		assertThat(read.get(0).sentence()).isEqualTo(sentence.text());
	}

	@Property(tries = 100)
	void aDeclarationAfterTheFactNamesWhoActed(@ForAll("sentences") Sentence sentence) {
		String text = "Having declared an interest, " + sentence.name() + " left the meeting for this item.";
		List<Declared> read = Declarations.read(text, "7");
		assertThat(read).hasSize(1);
		assertThat(read.get(0).name()).isEqualTo(sentence.name());
		assertThat(read.get(0).item()).isEqualTo("7");
		assertThat(read.get(0).action()).isEqualTo(Action.WITHDREW);
	}

	@Property(tries = 200)
	void aDeclarationInSeveralItemsNamesEachOfThem(@ForAll("sentences") Sentence sentence,
			@ForAll @net.jqwik.api.constraints.IntRange(min = 2, max = 4) int count,
			@ForAll("references") String prefix) {
		List<String> numbers = java.util.stream.IntStream.rangeClosed(5, 4 + count)
			.mapToObj(n -> prefix.isEmpty() ? String.valueOf(n) : prefix + "/0" + n).toList();
		String list = String.join(", ", numbers.subList(0, count - 1)) + " and " + numbers.get(count - 1);
		String text = sentence.name() + " declared an interest in items " + list + " as a trustee of Lantern House Trust.";
		assertThat(Declarations.read(text, null)).as(text).singleElement().extracting(Declared::item)
			.isEqualTo(String.join(", ", numbers));
	}

	/** A table of declarations as minutes print it: "Item 5: Sunniva Hale - personal interest - a volunteer with ...". */
	@Property(tries = 300)
	void aDeclarationListedUnderItsItemNamesTheDeclarerAndTheItem(@ForAll("sentences") Sentence sentence,
			@ForAll("references") String prefix, @ForAll @net.jqwik.api.constraints.IntRange(min = 2, max = 15) int no,
			@ForAll("listedShapes") String shape) {
		String item = prefix.isEmpty() ? String.valueOf(no) : prefix + "/" + no;
		String text = shape.formatted(item, sentence.name());
		assertThat(Declarations.read(text, "9")).as(text).singleElement().satisfies(d -> {
			assertThat(d.name()).isEqualTo(sentence.name());
			assertThat(d.item()).isEqualTo(item);
			assertThat(d.action()).isEqualTo(text.contains("left") ? Action.WITHDREW : null);
		});
	}

	@Provide
	Arbitrary<String> listedShapes() {
		return Arbitraries.of("Item %s: %s - personal interest - a volunteer with Healthwatch Southmere.",
				"Item %s - %s – disclosable pecuniary interest – director of Riverside Care Ltd; left the room",
				"Minute %s: %s, non-pecuniary interest, member of the Brackenford Carers Centre",
				"Agenda item %s. %s - interest as a GP partner");
	}

	@Example
	void aListedLineNamingNoPersonIsNotADeclaration() {
		assertThat(Declarations.read("Item 2: Declarations of interest - none were made.", "2")).isEmpty();
		assertThat(Declarations.read("Item 5: Director of Public Health - interest noted", "5")).isEmpty();
	}

	/** Items numbered plainly, or by minute reference as boards number them: "ICB/25/05", "HWB/24/12". */
	@Provide
	Arbitrary<String> references() {
		return Arbitraries.of("", "ICB/25", "HWB/24", "JSC/19");
	}

	@Property(tries = 200)
	void eachOfSeveralDeclarersIsADeclaration(@ForAll("sentences") Sentence first, @ForAll("sentences") Sentence second) {
		net.jqwik.api.Assume.that(!first.name().equals(second.name()));
		String text = first.name() + " and " + second.name() + " declared an interest in item 4 as trustees of Lantern "
				+ "House Trust.";
		assertThat(Declarations.read(text, null)).as(text).extracting(Declared::name, Declared::item)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(first.name(), "4"),
					org.assertj.core.groups.Tuple.tuple(second.name(), "4"));
	}

	@net.jqwik.api.Example
	void theChairIsADeclarerForTheImportToFindInTheAttendance() {
		assertThat(Declarations.read("The Chair declared an interest in item 4 as a trustee.", null))
			.extracting(Declared::name, Declared::item)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("The Chair", "4"));
		assertThat(Declarations.read("The Vice-Chair declared a non-pecuniary interest in item 5.", null))
			.extracting(Declared::name, Declared::item)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("The Vice-Chair", "5"));
	}

	@net.jqwik.api.Example
	void councillorsNamedTogetherAreEachADeclarer() {
		assertThat(Declarations.read("Councillors Bell and Dee declared a non-pecuniary interest in item 6 as members of "
				+ "the Healthwatch board.", null)).extracting(Declared::name)
			.containsExactly("Councillor Bell", "Councillor Dee");
	}

	@Property(tries = 50)
	void aLineNamingNoOneAsTheDeclarerIsNotADeclaration(@ForAll("noDeclarer") String line) {
		assertThat(Declarations.read(line, "3")).as(line).isEmpty();
	}

	@Provide
	Arbitrary<String> noDeclarer() {
		return Arbitraries.of("Members were asked to declare any interests.", "There were no declarations of interest.",
				"No other interests were declared.",
				"All members of the Board declared an interest in item 5 as members of the Council.",
				"The Board noted that the register of interests had been updated.",
				"It was noted that Members had declared their interests at the previous meeting.");
	}

	record TableRow(String name, String items, String interest, String done, Action action) {
	}

	@Provide
	Arbitrary<List<TableRow>> tableRows() {
		Arbitrary<String> name = Combinators
			.combine(Arbitraries.of("Dr", "Councillor", "Cllr", "Mr", "Ms"), Arbitraries.of("C ", "Ines ", "Owen "),
					Arbitraries.of("Dee", "Bell", "Barlow", "Pryce", "Mehra", "Okafor", "Quist", "Lindqvist"))
			.as((h, g, f) -> h + " " + g + f);
		Arbitrary<String> items = Arbitraries.of("6", "4, 5", "Item 7", "12", "3 and 9");
		Arbitrary<String> interest = Arbitraries.of("Partner, Elm Street Surgery (pecuniary)",
				"Trustee of Lantern House Trust", "Spouse employed by Brackenford Hospital", "Non-pecuniary");
		Arbitrary<Integer> done = Arbitraries.integers().between(0, 3);
		return Combinators.combine(name, items, interest, done).as((n, i, w, d) -> new TableRow(n, i, w,
				List.of("Noted", "Left the room for the item", "Took no part in the vote", "Remained").get(d),
				java.util.Arrays.asList(null, Action.WITHDREW, Action.NO_PART_IN_DISCUSSION_OR_VOTE,
						Action.REMAINED_AFTER_DECLARING).get(d)))
			.list()
			.ofMinSize(1)
			.ofMaxSize(5)
			.uniqueElements(TableRow::name);
	}

	/** A table of declarations in the minutes, its cells between "|"s, tabs or runs of spaces: a declaration a row. */
	@Property(tries = 200)
	void aTableOfDeclarationsIsADeclarationForEachRowAndItem(@ForAll("tableRows") List<TableRow> declared,
			@ForAll("separators") String separator, @ForAll("headings") List<String> headings) {
		StringBuilder text = new StringBuilder("Present: Cllr Ann Bell (Chair), Dr Cy Dee\n\n1. Welcome and apologies\n"
				+ "\n2. Declarations of interest\n" + String.join(separator, headings) + "\n");
		for (TableRow row : declared) {
			text.append(String.join(separator, row.name(), row.items(), row.interest(), row.done())).append('\n');
		}
		text.append("\n3. Minutes of the last meeting\nThe minutes were agreed.\n");
		List<List<String>> read = Minutes.table(text.toString(), "UTF-8").rows().stream().skip(1)
			.filter(r -> !r.cell(0).isEmpty() && !r.cell(8).isEmpty())
			.map(r -> List.of(r.cell(0), r.cell(8), r.cell(10)))
			.toList();
		assertThat(read).containsExactlyElementsOf(declared.stream()
			.map(d -> List.of(d.name(), d.items().replace("Item ", "").replace(" and ", ", "),
					(d.action() != null) ? d.action().name() : ""))
			.toList());
	}

	@Provide
	Arbitrary<String> separators() {
		return Arbitraries.of(" | ", "\t", "    ");
	}

	@Provide
	Arbitrary<List<String>> headings() {
		return Combinators.combine(Arbitraries.of("Name", "Member", "Councillor", "Member declaring an interest"),
				Arbitraries.of("Item", "Agenda item", "Minute No.", "Item number"),
				Arbitraries.of("Interest", "Nature of interest", "Interest declared", "Declaration"),
				Arbitraries.of("Action", "Action taken", "Outcome"))
			.as(List::of);
	}

	@Example
	void aRowOfATableOfDeclarationsWithItsNameCellEmptyIsTheRowAbovesDeclarers() {
		String text = "Present: Cllr Ann Bell (Chair), Dr Cy Dee\n\n2. Declarations of interest\n"
				+ "Name | Item | Interest | Action\nDr Cy Dee | 6 | Partner, Elm Street Surgery | Left the room\n"
				+ " | 8 | Shareholder, Acme Pharma Ltd | Remained\n";
		assertThat(Minutes.table(text, "UTF-8").rows().stream().skip(1).filter(r -> !r.cell(8).isEmpty())
			.map(r -> List.of(r.cell(0), r.cell(8), r.cell(10))))
			.containsExactly(List.of("Dr Cy Dee", "6", "WITHDREW"),
					List.of("Dr Cy Dee", "8", "REMAINED_AFTER_DECLARING"));
	}

	@Example
	void aRowOfATableOfDeclarationsNamingNoPersonIsSaidNotRead() {
		String text = "Present: Cllr Ann Bell (Chair), Dr Cy Dee\n\n2. Declarations of interest\n"
				+ "Name | Item | Interest | Action\nAll members | 6 | Members of the pension fund | Noted\n";
		assertThat(Minutes.table(text, "UTF-8").rows()).anySatisfy(r -> assertThat(r.cells().get(r.cells().size() - 1))
			.startsWith("All members | 6 | Members of the pension fund | Noted (a row of the table of declarations"));
	}

	@Provide
	Arbitrary<String> nameFirstForms() {
		return Arbitraries.of("%s - item %s - %s (%s)", "%s: Item %s - %s as %s", "%s - Item %s: %s, %s",
				"The following interests were declared: %s (item %s, %s, %s)", "Declarations: %s - item %s - %s; %s");
	}

	/** A declaration listed with the declarer's name first: who, which item and what they did. */
	@Property(tries = 300)
	void aDeclarationListedNameFirstNamesTheDeclarerAndTheItem(@ForAll("sentences") Sentence sentence,
			@ForAll("nameFirstForms") String form,
			@ForAll @net.jqwik.api.constraints.IntRange(min = 2, max = 15) int item, @ForAll boolean left) {
		String line = form.formatted(sentence.name(), item, "pecuniary interest", "partner, Elm Street Surgery")
				+ (left ? ". Left the room for the item." : "");
		assertThat(Declarations.read(line, null)).as(line).singleElement().satisfies(d -> {
			assertThat(d.name()).isEqualTo(sentence.name());
			assertThat(d.item()).isEqualTo(String.valueOf(item));
			assertThat(d.action()).isEqualTo(left ? Action.WITHDREW : null);
		});
	}

	@Example
	void aLineNamingAnInterestAndAnItemThatIsNotReadIsSaidNotRead() {
		String text = "Present: Cllr Ann Bell (Chair), Dr Cy Dee\n\n2. Declarations of interest\n"
				+ "Members noted Dr Dee's interest as recorded under item 5 last time.\n"
				+ "There were no other declarations of interest in any item.\n";
		List<String> said = Minutes.table(text, "UTF-8").rows().stream().map(r -> r.cells().get(r.cells().size() - 1))
			.toList();
		assertThat(said).anySatisfy(c -> assertThat(c).startsWith("Members noted Dr Dee's interest")
			.endsWith("(a declaration of interest in the minutes: not read from here; record it on the meeting's "
					+ "page)"));
		assertThat(said).noneSatisfy(c -> assertThat(c).startsWith("There were no other"));
	}

}
