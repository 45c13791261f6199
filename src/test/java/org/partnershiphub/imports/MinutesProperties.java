package org.partnershiphub.imports;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.partnershiphub.imports.Table.Row;

import static org.assertj.core.api.Assertions.assertThat;

/** The minutes reader on attendance lists in the shapes minutes print them, generated. */
class MinutesProperties {

	record Person(String name, String title) {

		String line() {
			return this.title.isEmpty() ? this.name : this.name + " - " + this.title;
		}

	}

	@Provide
	Arbitrary<Person> people() {
		Arbitrary<String> honorific = Arbitraries.of("", "Cllr ", "Councillor ", "Dr ", "Sir ");
		Arbitrary<String> given = Arbitraries.of("Ines", "Owen", "Leah", "Amos", "Ruth", "Nadia", "Felix", "Tess",
				"Sunil", "Hattie", "Gil", "Mohammed", "Katherine", "Zoë", "Seán");
		Arbitrary<String> family = familyNames();
		Arbitrary<String> title = Arbitraries.of("", "Chief Executive", "Chair, NHS Wyebridge CCG",
				"Chair, Healthwatch Tamarside", "Cabinet Member for Adults and Health, Wyebridge Council",
				"Director of Public Health", "Vice-Chair of the Governing Body", "Democratic Services Officer",
				"Director of Finance and Performance");
		return Combinators.combine(honorific, given, family, title)
			.as((h, g, f, t) -> new Person(h + g + " " + f, t));
	}

	@Property(tries = 200)
	void everyoneListedIsReadOnceWithTheStatusOfTheirSection(@ForAll("sections") List<List<Person>> sections) {
		String[] headings = { "PRESENT:", "IN ATTENDANCE:", "APOLOGIES:" };
		String[] statuses = { "present", "in attendance", "apologies" };
		StringBuilder text = new StringBuilder("Minutes of the Joint Sub-Committee\n\n");
		Map<String, String> expected = new LinkedHashMap<>();
		for (int s = 0; s < 3; s++) {
			text.append(headings[s]).append('\n');
			List<Person> people = sections.get(s);
			if (s == 2 && !people.isEmpty()) {
				text.append(String.join(", ", people.stream().map(Person::name).toList())).append('\n');
			}
			else {
				people.forEach(p -> text.append(p.line()).append('\n'));
			}
			text.append('\n');
			String status = statuses[s];
			people.forEach(p -> expected.put(p.name(), status));
		}
		Table table = Table.read(text.toString().getBytes(StandardCharsets.UTF_8), "minutes.txt");
		Map<String, String> read = new LinkedHashMap<>();
		List<Row> rows = table.rows().subList(1, table.rows().size());
		rows.stream().filter(r -> !r.cell(0).isEmpty()).forEach(r -> read.put(r.cell(0), r.cell(2)));
		assertThat(read).isEqualTo(expected);
		assertThat(rows).allSatisfy(r -> assertThat(r.cell(3)).isEmpty());
		int lines = text.toString().split("\n", -1).length;
		assertThat(rows).allSatisfy(r -> assertThat(r.line()).isBetween(1, lines));
	}

	@Provide
	Arbitrary<List<List<Person>>> sections() {
		Arbitrary<List<Person>> section = people().list().ofMaxSize(6).uniqueElements(Person::name);
		return section.list().ofSize(3).filter(s -> {
			List<String> names = new ArrayList<>();
			s.forEach(list -> list.forEach(p -> names.add(p.name())));
			return names.size() == names.stream().distinct().count();
		});
	}

	/**
	 * Family names. One that is a word of job titles ("Care") would be read as a title, one that is a particle ("Van")
	 * is not counted as a capitalised word of a name ("Ines Van" has one), and one that is a word of agenda items
	 * ("Plan") after a number reads as an item: the generator leaves them out.
	 */
	static Arbitrary<String> familyNames() {
		return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(10)
			.filter(f -> !Minutes.TITLE_WORDS.contains(f) && !Minutes.PARTICLES.contains(f)
					&& !Minutes.AGENDA_WORDS.contains(f))
			.map(f -> Character.toUpperCase(f.charAt(0)) + f.substring(1));
	}

	@Provide
	Arbitrary<List<Person>> paragraph() {
		Arbitrary<String> honorific = Arbitraries.of("", "Cllr ", "Councillor ", "Dr ", "Ms ", "Professor ");
		Arbitrary<String> given = Arbitraries.of("Ines", "Owen", "L.", "A", "Ruth", "Nadia", "Felix", "Zoë", "Seán");
		Arbitrary<String> family = familyNames();
		Arbitrary<String> title = Arbitraries.of("", "", "(Vice-Chair)", "(Director of Public Health)",
				"(Chief Executive, Tamarside and Wyebridge NHS Trust)", "(Healthwatch)");
		return Combinators.combine(honorific, given, family, title)
			.as((h, g, f, t) -> new Person(h + g + " " + f, t))
			.list()
			.ofMinSize(2)
			.ofMaxSize(9)
			.uniqueElements(Person::name);
	}

	@Property(tries = 200)
	void aParagraphOfThosePresentIsReadAsEveryoneInIt(@ForAll("paragraph") List<Person> people,
			@ForAll boolean oxfordComma, @ForAll boolean inline) {
		List<String> parts = people.stream().map(p -> (p.name() + " " + p.title()).strip()).toList();
		String list = String.join(", ", parts.subList(0, parts.size() - 1)) + (oxfordComma ? ", and " : " and ")
				+ parts.get(parts.size() - 1) + ".";
		String text = inline ? "Present: " + list + "\n" : "PRESENT:\n" + list + "\n";
		Table table = Minutes.table(text, "UTF-8");
		List<List<String>> read = table.rows().stream().skip(1).filter(r -> !r.cell(0).isEmpty())
			.map(r -> List.of(r.cell(0), r.cell(1), r.cell(2)))
			.toList();
		assertThat(read).containsExactlyElementsOf(
				people.stream().map(p -> List.of(p.name(), p.title(), "present")).toList());
	}

	@Provide
	Arbitrary<List<List<Person>>> groups() {
		return paragraph().list().ofMinSize(2).ofMaxSize(3).filter(groups -> {
			List<String> names = groups.stream().flatMap(g -> g.stream().map(Person::name)).toList();
			return names.size() == names.stream().distinct().count();
		});
	}

	/** "Present: Cllr A Bell (Chair); C Dee, E Fay and G Hay": each group between semicolons is a list of its own. */
	@Property(tries = 200)
	void groupsPartedBySemicolonsAreEachAList(@ForAll("groups") List<List<Person>> groups, @ForAll boolean inline) {
		String list = groups.stream()
			.map(g -> {
				List<String> parts = g.stream().map(p -> (p.name() + " " + p.title()).strip()).toList();
				return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
			})
			.collect(java.util.stream.Collectors.joining("; ")) + ".";
		String text = inline ? "Present: " + list + "\n" : "PRESENT:\n" + list + "\n";
		List<List<String>> read = Minutes.table(text, "UTF-8").rows().stream().skip(1).filter(r -> !r.cell(0).isEmpty())
			.map(r -> List.of(r.cell(0), r.cell(1), r.cell(2)))
			.toList();
		assertThat(read).containsExactlyElementsOf(groups.stream()
			.flatMap(g -> g.stream().map(p -> List.of(p.name(), p.title(), "present")))
			.toList());
	}

	/** Sections each printed as a table, "Name   Title" over the names: the headings are no one. */
	@Property(tries = 200)
	void theHeadingsOfATableOfNamesAreNotAPerson(@ForAll("sections") List<List<Person>> sections,
			@ForAll("nameHeadings") String headings) {
		String[] titles = { "Members present:", "In attendance:", "Apologies:" };
		String[] statuses = { "present", "in attendance", "apologies" };
		StringBuilder text = new StringBuilder();
		List<List<String>> expected = new ArrayList<>();
		for (int s = 0; s < 3; s++) {
			text.append(titles[s]).append('\n').append(headings).append('\n');
			for (Person p : sections.get(s)) {
				text.append(p.name()).append("      ").append(p.title().isEmpty() ? "" : p.title()).append('\n');
				expected.add(List.of(p.name(), statuses[s]));
			}
			text.append('\n');
		}
		List<List<String>> read = Minutes.table(text.toString(), "UTF-8").rows().stream().skip(1)
			.filter(r -> !r.cell(0).isEmpty())
			.map(r -> List.of(r.cell(0), r.cell(2)))
			.toList();
		assertThat(read).containsExactlyElementsOf(expected);
	}

	@Provide
	Arbitrary<String> nameHeadings() {
		return Arbitraries.of("Name      Title", "Name\tRole", "Member   |   Organisation", "Name      Job Title",
				"Members      Representing");
	}

	/** A paragraph of those present wrapped where a list of names cannot end: everyone in it, once. */
	@Property(tries = 300)
	void aParagraphWrappedOverLinesIsEveryoneInIt(@ForAll("paragraph") List<Person> people,
			@ForAll @net.jqwik.api.constraints.IntRange(min = 10, max = 60) int width) {
		List<String> parts = people.stream().map(p -> (p.name() + " " + p.title()).strip()).toList();
		String list = "Present: " + String.join(", ", parts.subList(0, parts.size() - 1)) + " and "
				+ parts.get(parts.size() - 1) + ".";
		// Break after a comma, "and", an honorific or an initial after one, or inside a bracket, once the line is wide
		// enough.
		StringBuilder text = new StringBuilder();
		int lineStart = 0;
		String[] words = list.split(" ");
		for (int i = 0; i < words.length; i++) {
			text.append(words[i]);
			String line = text.substring(lineStart);
			boolean breakable = i < words.length - 1 && (words[i].endsWith(",") || words[i].equals("and")
					|| Names.isHonorific(words[i]) || words[i].matches("\\p{Lu}\\.?") && i > 0
							&& (Names.isHonorific(words[i - 1]) || words[i - 1].matches("\\p{Lu}\\.?"))
					|| line.chars().filter(c -> c == '(').count() > line.chars().filter(c -> c == ')').count());
			if (breakable && line.length() >= width) {
				text.append('\n');
				lineStart = text.length();
			}
			else if (i < words.length - 1) {
				text.append(' ');
			}
		}
		text.append("\n\nApologies: None\n");
		List<List<String>> read = Minutes.table(text.toString(), "UTF-8").rows().stream().skip(1)
			.filter(r -> !r.cell(0).isEmpty())
			.map(r -> List.of(r.cell(0), r.cell(1), r.cell(2)))
			.toList();
		assertThat(read).as(text.toString()).containsExactlyElementsOf(
				people.stream().map(p -> List.of(p.name(), p.title(), "present")).toList());
	}

	/** Apologies that say who came instead: the member sent apologies, the substitute was present in their place. */
	@Property(tries = 200)
	void aSubstituteTheApologiesNameIsPresentInTheMembersPlace(@ForAll("apologiesForms") String form,
			@ForAll("members") String member, @ForAll("substitutes") String substitute) {
		String text = "Present: Cllr Amos Kettle (Chair), Dr Ruth Abara\n" + form.formatted(member, substitute) + "\n";
		List<List<String>> read = Minutes.table(text, "UTF-8").rows().stream().skip(1)
			.filter(r -> !r.cell(0).isEmpty())
			.map(r -> List.of(r.cell(0), r.cell(2), r.cell(5)))
			.toList();
		assertThat(read).containsExactly(List.of("Cllr Amos Kettle", "present", ""),
				List.of("Dr Ruth Abara", "present", ""), List.of(member, "apologies", ""),
				List.of(substitute, "present", member));
	}

	@Provide
	Arbitrary<String> apologiesForms() {
		return Arbitraries.of("Apologies for absence were received from %s (%s substituting).",
				"Apologies: %s - represented by %s", "APOLOGIES:\n%s (%s attended as substitute)",
				"Apologies were received from %s (substitute: %s).");
	}

	@Provide
	Arbitrary<String> members() {
		return Arbitraries.of("Councillor Ines Barlow", "Dr Leah Corrin", "Sunil Mehra");
	}

	@Provide
	Arbitrary<String> substitutes() {
		return Arbitraries.of("Cllr Owen Pryce", "Hattie Quist", "Dr A. Kettlewell");
	}

	@Example
	void aCouncilsParagraphOfThosePresentIsEveryoneInIt() {
		String text = "PRESENT: Councillor R. Lindqvist (Chairman); Councillors M. Oyelaran and E. Vance; "
				+ "Dr D. Marchetti (Primary Care Network), Ms A. Okonkwo (Director of Adult Social Services), "
				+ "Mr T. Brennan, L. Pemberton and Dr P Shah.\n";
		assertThat(Minutes.table(text, "UTF-8").rows().stream().skip(1).filter(r -> !r.cell(0).isEmpty())
			.map(r -> r.cell(0)))
			.containsExactly("Councillor R. Lindqvist", "Councillor M. Oyelaran", "Councillor E. Vance",
					"Dr D. Marchetti", "Ms A. Okonkwo", "Mr T. Brennan", "L. Pemberton", "Dr P Shah");
		String within = "PRESENT: Councillor R. Lindqvist (Chairman), Councillors M. Oyelaran and E. Vance, "
				+ "Dr D. Marchetti and L. Pemberton.\n";
		assertThat(Minutes.table(within, "UTF-8").rows().stream().skip(1).filter(r -> !r.cell(0).isEmpty())
			.map(r -> r.cell(0)))
			.containsExactly("Councillor R. Lindqvist", "Councillor M. Oyelaran", "Councillor E. Vance",
					"Dr D. Marchetti", "L. Pemberton");
		assertThat(Minutes.singularHonorifics("Councillors A Bell (Health and Care), C Dee and E Fay; Dr G Hay"))
			.isEqualTo("Councillor A Bell (Health and Care), Councillor C Dee, Councillor E Fay; Dr G Hay");
		// A title ending in a letter is not a name wrapped after its initial: the next line is its own.
		assertThat(Minutes.runsOn("Cllr B Roe - Ward Councillor for Area B")).isFalse();
		assertThat(Minutes.runsOn("Apologies: Ms H. Achterberg and Ms L.")).isTrue();
		// An honorific runs on where a name would begin, not as a name's last word (found by jqwik: "Ines Rev").
		assertThat(Minutes.runsOn("Present: Cllr A Bell, Dr")).isTrue();
		assertThat(Minutes.runsOn("Present: Cllr A Bell and Dr")).isTrue();
		assertThat(Minutes.runsOn("Ines Rev")).isFalse();
	}

	/** "Present: A Bell; Dr C Dee; E Fay, Healthwatch Wyebridge": semicolons part the people, commas name from title. */
	@Property(tries = 200)
	void aListPartedBySemicolonsIsEveryoneInItWithTheirTitles(
			@ForAll @Size(min = 2, max = 6) List<@From("people") Person> people, @ForAll boolean inline) {
		Assume.that(people.stream().map(Person::name).distinct().count() == people.size());
		String list = people.stream()
			.map(p -> p.title().isEmpty() ? p.name() : p.name() + ", " + p.title())
			.collect(java.util.stream.Collectors.joining("; "));
		String text = inline ? "Present: " + list + "\n" : "PRESENT:\n" + list + "\n";
		List<List<String>> read = Minutes.table(text, "UTF-8").rows().stream().skip(1).filter(r -> !r.cell(0).isEmpty())
			.map(r -> List.of(r.cell(0), r.cell(1), r.cell(2)))
			.toList();
		assertThat(read).containsExactlyElementsOf(
				people.stream().map(p -> List.of(p.name(), p.title(), "present")).toList());
	}

	@Property(tries = 200)
	void aNameFollowedByItsTitleAfterACommaIsOnePerson(@ForAll("people") Person person) {
		String line = person.title().isEmpty() ? person.name() : person.name() + ", " + person.title();
		Table table = Minutes.table("PRESENT:\n" + line + "\n", "UTF-8");
		List<Row> named = table.rows().stream().skip(1).filter(r -> !r.cell(0).isEmpty()).toList();
		assertThat(named).singleElement().satisfies(r -> {
			assertThat(r.cell(0)).isEqualTo(person.name());
			assertThat(r.cell(1)).isEqualTo(person.title());
		});
	}

	@Example
	void labelsSentencesAndNoneAreReadAsMinutesMeanThem() {
		String text = """
				Chair: Councillor Maeve Thornbury
				Members present
				Vice-Chair: Dr Hanne Askew
				Councillor Idris Pellow (Chair), Dr Kwame Ostrander

				Apologies: None
				Apologies for absence were received from Dr Rufus Penhallow and Sunniva Hale.
				""";
		assertThat(Minutes.isMinutes(text)).isTrue();
		assertThat(Minutes.isMinutes("Present: Cllr A Bell, Dr C Dee and Mx E Fay\n")).isTrue();
		assertThat(Minutes.isMinutes("Apologies were received from Cllr A Bell.\n")).isTrue();
		Map<String, List<String>> read = new LinkedHashMap<>();
		Minutes.table(text, "UTF-8").rows().stream().skip(1).filter(r -> !r.cell(0).isEmpty())
			.forEach(r -> read.put(r.cell(0), List.of(r.cell(1), r.cell(2), r.cell(3))));
		assertThat(read).containsExactly(
				Map.entry("Councillor Maeve Thornbury", List.of("Chair", "present", "CHAIR")),
				Map.entry("Dr Hanne Askew", List.of("Vice-Chair", "present", "")),
				Map.entry("Councillor Idris Pellow", List.of("(Chair)", "present", "CHAIR")),
				Map.entry("Dr Kwame Ostrander", List.of("", "present", "")),
				Map.entry("Dr Rufus Penhallow", List.of("", "apologies", "")),
				Map.entry("Sunniva Hale", List.of("", "apologies", "")));
	}

	@Property(tries = 200)
	void bulletsNumbersAndTabbedTitlesAreLayoutNotNames(@ForAll("people") Person person,
			@ForAll("bullets") String bullet, @ForAll boolean tabbed) {
		String line = person.title().isEmpty() ? person.name()
				: person.name() + (tabbed ? "\t" : "      ") + person.title();
		Table table = Minutes.table("Members:\n" + bullet + line + "\n", "UTF-8");
		assertThat(Minutes.isMinutes("Members:\n" + bullet + line + "\n")).isTrue();
		List<Row> named = table.rows().stream().skip(1).filter(r -> !r.cell(0).isEmpty()).toList();
		assertThat(named).singleElement().satisfies(r -> {
			assertThat(r.cell(0)).isEqualTo(person.name());
			assertThat(r.cell(1)).isEqualTo(person.title());
			assertThat(r.cell(2)).isEqualTo("present");
		});
	}

	@Provide
	Arbitrary<String> bullets() {
		return Arbitraries.of("", "\u2022 ", "- ", "* ", "1. ", "12) ", "(b) ", "  \u00b7 ");
	}

	@Example
	void officersAndAttendeesHeadingsAreSectionsOfTheList() {
		Map<String, String> read = new LinkedHashMap<>();
		Minutes.table("""
				Attendees:
				Dr Hanne Askew
				Officers:
				Petra Lindgren	Corporate Director of People
				""", "UTF-8").rows().stream().skip(1).filter(r -> !r.cell(0).isEmpty())
			.forEach(r -> read.put(r.cell(0), r.cell(2)));
		assertThat(read).containsExactly(Map.entry("Dr Hanne Askew", "present"),
				Map.entry("Petra Lindgren", "in attendance"));
	}

	@Property(tries = 300)
	void anyTextIsReadOrRefusedWithALineNeverCrashes(@ForAll @Size(max = 400) String text) {
		try {
			Table table = Table.read(("PRESENT:\n" + text).getBytes(StandardCharsets.UTF_8), "minutes.txt");
			assertThat(table.rows()).isNotEmpty();
		}
		catch (ImportException ex) {
			assertThat(ex.getMessage()).isNotBlank();
		}
	}

	@Example
	void theChairIsReadFromWhatTheMinutesSayNotFromJobTitles() {
		Table table = Minutes.table("""
				PRESENT:
				Councillor Maeve Thornbury - Leader of Northmere Council and Co-Chair (in the Chair)
				Dr Hanne Askew - Chair, NHS Northmere CCG
				Sunniva Hale - Chair, Healthwatch Southmere
				Councillor Lin Okonjo - Southmere Council (co-chairing in the absence of Councillor Ayo Castellan)
				Cllr Bea Marr (substituting for Cllr Idris Pellow)
				Dr Uma Reyes - Vice-Chair (in the Chair for items 5 to 7)

				APOLOGIES:
				Councillor Ayo Castellan, Tobias Wren, Dr Rufus Penhallow
				""", "UTF-8");
		Map<String, List<String>> read = new LinkedHashMap<>();
		table.rows().stream().skip(1).filter(r -> !r.cell(0).isEmpty())
			.forEach(r -> read.put(r.cell(0), List.of(r.cell(2), r.cell(3), r.cell(4), r.cell(5), r.cell(6))));
		assertThat(read).containsExactly(
				Map.entry("Councillor Maeve Thornbury", List.of("present", "CO_CHAIR", "", "", "")),
				Map.entry("Dr Hanne Askew", List.of("present", "", "", "", "")),
				Map.entry("Sunniva Hale", List.of("present", "", "", "", "")),
				Map.entry("Councillor Lin Okonjo",
						List.of("present", "CO_CHAIR", "Councillor Ayo Castellan", "", "")),
				Map.entry("Cllr Bea Marr", List.of("present", "", "", "Cllr Idris Pellow", "")),
				Map.entry("Dr Uma Reyes", List.of("present", "CHAIR_FOR_PART", "", "", "items 5 to 7")),
				Map.entry("Councillor Ayo Castellan", List.of("apologies", "", "", "", "")),
				Map.entry("Tobias Wren", List.of("apologies", "", "", "", "")),
				Map.entry("Dr Rufus Penhallow", List.of("apologies", "", "", "", "")));
		assertThat(table.rows().stream().filter(r -> r.cell(0).equals("Tobias Wren")).findFirst().orElseThrow().line())
			.isEqualTo(10);
	}

	@Example
	void aChairMarkedInBracketsAtTheEndOfALineWithATitleChairsTheMeeting() {
		Table table = Minutes.table("""
				Members present:
				Cllr Maeve Thornbury, Leader, Northmere Council (Chair)
				Dr Hanne Askew, Chair, NHS Northmere CCG
				Cllr Jo Marsh, Northmere Council (substitute for Cllr Idris Pellow)
				""", "UTF-8");
		Map<String, List<String>> read = new LinkedHashMap<>();
		table.rows().stream().skip(1).filter(r -> !r.cell(0).isEmpty())
			.forEach(r -> read.put(r.cell(0), List.of(r.cell(2), r.cell(3), r.cell(5))));
		assertThat(read).containsExactly(
				Map.entry("Cllr Maeve Thornbury", List.of("present", "CHAIR", "")),
				Map.entry("Dr Hanne Askew", List.of("present", "", "")),
				Map.entry("Cllr Jo Marsh", List.of("present", "", "Cllr Idris Pellow")));
	}

	/**
	 * Whole minutes pasted in: whatever the agenda's items and whatever their paragraphs say (names included), the
	 * attendance read is that of the attendance sections and the apologies sentence, and nothing after the first item
	 * is taken for a name.
	 */
	@Property(tries = 200)
	void theMeetingsBusinessIsNotReadAsAttendance(@ForAll("sections") List<List<Person>> sections,
			@ForAll("business") List<String> items, @ForAll("numbering") String numbering, @ForAll boolean upper) {
		StringBuilder text = new StringBuilder("MINUTES of the meeting held on 4 July 2019 at 2.00 pm\n\n");
		Map<String, String> expected = new LinkedHashMap<>();
		String[] headings = { "Present:", "In attendance:" };
		for (int s = 0; s < 2; s++) {
			text.append(headings[s]).append('\n');
			for (Person p : sections.get(s)) {
				text.append(p.line()).append('\n');
				expected.put(p.name(), (s == 0) ? "present" : "in attendance");
			}
			text.append('\n');
		}
		List<Person> away = sections.get(2);
		for (int i = 0; i < items.size(); i++) {
			String title = items.get(i);
			text.append(numbering.formatted(i + 1)).append(upper ? title.toUpperCase(java.util.Locale.ROOT) : title)
				.append("\n\n");
			if (i == 0 && !away.isEmpty()) {
				text.append("Apologies for absence were received from ")
					.append(String.join(", ", away.stream().map(Person::name).toList())).append(".\n");
				away.forEach(p -> expected.put(p.name(), "apologies"));
			}
			// Paragraphs name people too, as minutes do.
			Person someone = sections.get(0).isEmpty() ? new Person("Dr Uma Reyes", "") : sections.get(0).get(0);
			text.append(someone.name()).append(" presented the report. Members noted it.\n")
				.append("RESOLVED: that the recommendations be approved.\n")
				.append(someone.name()).append(" - Chair\n\n");
		}
		Table table = Table.read(text.toString().getBytes(StandardCharsets.UTF_8), "minutes.txt");
		Map<String, String> read = new LinkedHashMap<>();
		table.rows().stream().skip(1).filter(r -> !r.cell(0).isEmpty()).forEach(r -> read.put(r.cell(0), r.cell(2)));
		assertThat(read).isEqualTo(expected);
		assertThat(table.rows()).filteredOn(r -> r.cell(7).contains("business begins")).hasSize(1);
	}

	@Provide
	Arbitrary<List<String>> business() {
		return Arbitraries.of("Welcome and apologies", "Declarations of interest", "Minutes of the previous meeting",
				"Matters arising", "Better Care Fund Plan 2019/20", "Joint Strategic Needs Assessment: annual report",
				"Section 75 agreement review", "Any other business", "Date of next meeting", "Chair's announcements",
				"Welcome, introductions and apologies", "Questions from the public")
			.list().ofMinSize(1).ofMaxSize(6);
	}

	@Provide
	Arbitrary<String> numbering() {
		return Arbitraries.of("%d. ", "%d ", "Item %d: ", "%d) ", "HWB/%d/19 ", "JSC %d/19 ", "%d.1 ");
	}

	@Property(tries = 200)
	void aNumberedListOfPeopleIsAttendanceNotBusiness(@ForAll("people") Person person,
			@ForAll("numbering") String numbering) {
		assertThat(Minutes.opensBusiness(numbering.formatted(3) + person.line())).isFalse();
	}

	/**
	 * Names printed in two or three columns, as a table of those present pastes into text: each a person (a title or a
	 * body in the second column stays the first's title: bulletsNumbersAndTabbedTitlesAreLayoutNotNames).
	 */
	@Property(tries = 200)
	void namesPrintedInColumnsAreEachAPerson(@ForAll("titled") List<String> names, @ForAll("columnCount") int columns,
			@ForAll boolean tabs) {
		StringBuilder text = new StringBuilder("Present:\n");
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			boolean last = (i % columns == columns - 1) || i == names.size() - 1;
			text.append(last ? name + "\n" : tabs ? name + "\t" : String.format("%-40s", name + "   "));
		}
		Table table = Minutes.table(text.toString(), "UTF-8");
		List<String> read = table.rows().stream().skip(1).filter(r -> !r.cell(0).isEmpty()).map(r -> r.cell(0)).toList();
		assertThat(read).containsExactlyElementsOf(names.stream().map(n -> n.replace(" (Chair)", "")).toList());
		assertThat(table.rows().stream().filter(r -> r.cell(3).equals("CHAIR")).count())
			.isEqualTo(names.stream().filter(n -> n.endsWith("(Chair)")).count());
	}

	@Provide
	Arbitrary<List<String>> titled() {
		Arbitrary<String> honorific = Arbitraries.of("Cllr ", "Councillor ", "Dr ", "Professor ", "Mrs ", "", "");
		Arbitrary<String> given = Arbitraries.of("Ines", "Owen", "L.", "Ruth", "Zoë", "Seán");
		return Combinators.combine(honorific, given, familyNames(), Arbitraries.of("", "", "", " (Chair)"))
			.as((h, g, f, c) -> h + g + " " + f + c)
			.list().ofMinSize(2).ofMaxSize(9).uniqueElements(n -> n.replace(" (Chair)", ""));
	}

	@Provide
	Arbitrary<Integer> columnCount() {
		return Arbitraries.of(2, 3);
	}

	/** "Councillors A Bell (Chair), C Dee and E Fay": each is a councillor, whatever the list's punctuation. */
	@Property(tries = 200)
	void aPluralHonorificIsEachNamesOwn(@ForAll("paragraph") List<Person> people, @ForAll boolean cllrs,
			@ForAll boolean apologies) {
		List<String> names = people.stream().map(p -> p.name().replaceFirst("^(Cllr|Councillor|Dr|Ms|Professor) ", ""))
			.distinct().toList();
		Assume.that(names.size() >= 2);
		String list = (cllrs ? "Cllrs " : "Councillors ") + String.join(", ", names.subList(0, names.size() - 1))
				+ " and " + names.get(names.size() - 1) + ".";
		String text = (apologies ? "Apologies: " : "Present: ") + list + "\n";
		List<String> read = Minutes.table(text, "UTF-8").rows().stream().skip(1).filter(r -> !r.cell(0).isEmpty())
			.map(r -> r.cell(0)).toList();
		assertThat(read).containsExactlyElementsOf(names.stream().map(n -> "Councillor " + n).toList());
	}

	@Example
	void headingsAsCouncilsWordThemOpenTheirSections() {
		Map<String, String> read = new LinkedHashMap<>();
		Minutes.table("""
				Voting members:
				Councillor Maeve Thornbury (Chair)
				Councillors: Idris Pellow and Bettina Roe
				Non-voting members:
				Sunniva Hale
				Co-opted members present: Dr Kwame Ostrander
				Apologies were received from:
				Dr Rufus Penhallow
				""", "UTF-8").rows().stream().skip(1).filter(r -> !r.cell(0).isEmpty())
			.forEach(r -> read.put(r.cell(0), r.cell(2)));
		assertThat(read).containsExactly(Map.entry("Councillor Maeve Thornbury", "present"),
				Map.entry("Councillor Idris Pellow", "present"), Map.entry("Councillor Bettina Roe", "present"),
				Map.entry("Sunniva Hale", "present"), Map.entry("Dr Kwame Ostrander", "present"),
				Map.entry("Dr Rufus Penhallow", "apologies"));
	}

	/**
	 * A sentence among the names ("The Chair welcomed everyone to the meeting.") is not a person, and a post in a list
	 * of those present ("the Director of Public Health") does not swallow the names after it.
	 */
	@Property(tries = 200)
	void sentencesAndPostsAmongTheNamesAreNotPeople(@ForAll("paragraph") List<Person> people,
			@ForAll("sentences") String sentence, @ForAll("posts") String post) {
		List<String> names = people.stream().map(Person::name).toList();
		String text = "Present: " + names.get(0) + ", " + post + ", " + String.join(", ", names.subList(1, names.size()))
				+ ".\n" + sentence + "\n\nApologies: Dr Rufus Penhallow\n" + sentence + "\n";
		Table table = Minutes.table(text, "UTF-8");
		List<String> read = table.rows().stream().skip(1).filter(r -> !r.cell(0).isEmpty()).map(r -> r.cell(0)).toList();
		List<String> expected = new ArrayList<>(names.subList(0, 1));
		expected.add(post);
		expected.addAll(names.subList(1, names.size()));
		expected.add("Dr Rufus Penhallow");
		assertThat(read).containsExactlyElementsOf(expected);
		assertThat(Names.notAPerson(post)).contains("names a post");
		assertThat(table.rows()).filteredOn(r -> r.cell(7).endsWith("(a sentence, not a name: not read)")).hasSize(2);
	}

	@Provide
	Arbitrary<String> sentences() {
		return Arbitraries.of("The Chair welcomed everyone to the meeting.", "Councillor Bell arrived during item 3.",
				"The meeting was quorate throughout.", "Members introduced themselves in turn",
				"Dr Askew left the meeting after item 5.");
	}

	@Provide
	Arbitrary<String> posts() {
		return Arbitraries.of("the Director of Public Health", "Chief Executive", "Director of Adult Social Care",
				"the Healthwatch Representative");
	}

	@Example
	void aRegisterCsvIsNotTakenForMinutes() {
		assertThat(Minutes.isMinutes("Name,Attendance\nPresent,Present\nAlma Okonkwo,Apologies\n")).isFalse();
		assertThat(Minutes.isMinutes("Apologies: Cllr A Bell, Dr C Dee\n")).isTrue();
	}

	@Example
	void businessUnderALetteredItemIsNotReadAsAName() {
		Table table = Minutes.table("""
				Present: Cllr Maeve Thornbury (Chair) and Cllr Idris Pellow.

				3(a) RIVERSIDE CARE QUARTERLY REPORT
				RESOLVED: That the report be noted.
				""", "UTF-8");
		assertThat(table.rows().stream().filter(r -> r.line() == 3).map(r -> r.cell(0) + "|" + r.cell(7)))
			.singleElement().asString().startsWith("|3(a) RIVERSIDE CARE QUARTERLY REPORT");
		assertThat(table.rows().stream().filter(r -> r.line() == 4).map(r -> r.cell(11)))
			.containsExactly("3(a)");
	}

}
