package org.partnershiphub.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.partnershiphub.common.SearchText;
import org.partnershiphub.organisation.Organisation.OrganisationKind;

/**
 * How names are compared: a person's honorifics and post-nominals are set apart, and an organisation's name is
 * reduced to a key in which "Ltd" and "Limited", "&amp;" and "and", "NHS FT" and "NHS Foundation Trust" agree.
 */
public final class Names {

	private static final List<String> HONORIFICS = List.of("the rt hon", "rt hon", "right honourable", "councillor",
			"cllr", "professor", "prof", "dr", "sir", "dame", "lord", "lady", "baroness", "baron", "mr", "mrs", "ms",
			"miss", "mx", "revd", "rev", "reverend");

	private static final Set<String> POST_NOMINALS = Set.of("mbe", "obe", "cbe", "kbe", "dbe", "frcp", "frcgp", "frcs",
			"mrcgp", "mrcp", "frcn", "jp", "mp", "dl", "phd", "qc", "kc", "ma", "msc", "bsc", "mba", "fca", "aca");

	private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

	/** A word that is a number or an amount: in an address or a list of contracts, never in a name. */
	private static final Pattern NUMBER_WORD = Pattern.compile("(^|[\\s(])[£$€]?\\d");

	private Names() {
	}

	/** A person's name split into its parts; the given name may be null. */
	public record PersonName(String honorific, String givenName, String familyName, String postNominals) {

		/** The key people are matched on: given and family name, lower-cased, without accents or punctuation. */
		public String key() {
			return personKey(this.givenName, this.familyName);
		}

	}

	/** Splits "Cllr Rosa" / "Lindqvist MBE" into honorific, given name, family name and post-nominals. */
	public static PersonName person(String forenames, String surname) {
		String given = (forenames != null) ? forenames.strip() : "";
		String family = (surname != null) ? surname.strip() : "";
		List<String> honorifics = new ArrayList<>();
		boolean found = true;
		while (found) {
			found = false;
			String lower = given.toLowerCase(Locale.ROOT);
			for (String h : HONORIFICS) {
				if (lower.startsWith(h) && (lower.length() == h.length() || !Character.isLetter(lower.charAt(h.length())))) {
					honorifics.add(given.substring(0, h.length()).replaceAll("\\.$", ""));
					given = given.substring(h.length()).replaceFirst("^[.\\s]+", "");
					found = true;
					break;
				}
			}
		}
		List<String> familyWords = new ArrayList<>(Arrays.asList(family.split("[\\s,]+")));
		List<String> postNominals = new ArrayList<>();
		while (familyWords.size() > 1
				&& isPostNominal(familyWords.get(familyWords.size() - 1))) {
			postNominals.add(0, familyWords.remove(familyWords.size() - 1));
		}
		return new PersonName(honorifics.isEmpty() ? null : String.join(" ", honorifics), given.isEmpty() ? null : given,
				String.join(" ", familyWords), postNominals.isEmpty() ? null : String.join(" ", postNominals));
	}

	/**
	 * Splits a whole name, "Dr Priya Shah MBE", taking its last word (before any post-nominals) as the family name; one
	 * written surname first, "Shah, Priya" or "Shah, Dr Priya", as registers sort them, is read the same.
	 */
	public static PersonName person(String fullName) {
		PersonName titled = person(surnameLast(fullName), "");
		List<String> words = new ArrayList<>(Arrays.asList(
				((titled.givenName() != null) ? titled.givenName() : "").replaceAll(",(\\s|$)", "$1").strip()
					.split("\\s+")));
		List<String> postNominals = new ArrayList<>();
		while (words.size() > 2 && isPostNominal(words.get(words.size() - 1))) {
			postNominals.add(0, words.remove(words.size() - 1));
		}
		String family = words.remove(words.size() - 1);
		return new PersonName(titled.honorific(), words.isEmpty() ? null : String.join(" ", words), family,
				postNominals.isEmpty() ? null : String.join(" ", postNominals));
	}

	/** A word of a name as printed: a capital, then letters, apostrophes, full stops or hyphens ("O'Neil", "M."). */
	static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'\u2019.-]*");

	/** The text with any bracketed parts left out ("Cllr A Bell (Chair)" as "Cllr A Bell"). */
	static String withoutBrackets(String text) {
		return text.replaceAll("\\([^()]*\\)", " ").strip();
	}

	private static final Pattern BRACKETED_HONORIFIC = Pattern.compile("^(.*\\S)\\s*\\(\\s*([\\p{L}. ]+?)\\s*\\)$");

	/**
	 * What follows a name and a comma in a name cell when it is who they are, not their forename: "Ms Eve Fay,
	 * Healthwatch Brackenford" (an organisation, or the row's own), "Dr C Dee, Chair, NHS X CCG" (a post); null for
	 * "Shah, Priya" and "de Souza, Cllr Ana" (written surname first) or a cell with no comma.
	 */
	public static String afterName(String nameCell, String organisation) {
		int comma = nameCell.indexOf(',');
		if (comma < 0 || nameCell.substring(0, comma).strip().split("\\s+").length < 2) {
			return null;
		}
		String after = nameCell.substring(comma + 1).strip();
		String[] words = words(after).split(" ");
		if (after.isEmpty() || isHonorific(words[0]) || isPostNominal(words[0])) {
			return null;
		}
		boolean body = guessKind(after) != OrganisationKind.UNKNOWN
				|| !organisation.isBlank() && words(after).equals(words(organisation));
		return (body || Arrays.stream(words).anyMatch(Minutes.TITLE_WORDS::contains)) ? after : null;
	}

	/** A name cell's name, and the post or body after it and a comma ({@link #afterName}), or null when none. */
	public record NameAndAfter(String name, String after) {
	}

	/** A name cell split at the comma when what follows is who they are ({@link #afterName}); else the cell whole. */
	public static NameAndAfter nameAndAfter(String nameCell, String organisation) {
		String after = afterName(nameCell, organisation);
		return new NameAndAfter((after != null) ? nameCell.substring(0, nameCell.indexOf(',')).strip() : nameCell,
				after);
	}

	/**
	 * "Shah, Priya" as "Priya Shah" ("Smith, John, OBE" as "John Smith OBE", "Thornbury, Maeve (Cllr)" as "Cllr Maeve
	 * Thornbury"): one comma, a one-word surname before it (or a particle and a word: "de Souza"), and after it only
	 * forenames and honorifics, no post-nominals ("Priya Shah, MBE") nor title ("Askew, Chair").
	 */
	static String surnameLast(String name) {
		Matcher bracketed = BRACKETED_HONORIFIC.matcher(name.strip());
		if (bracketed.matches() && isHonorific(bracketed.group(2))) {
			// "Thornbury, Maeve (Cllr)"
			return bracketed.group(2) + " " + surnameLast(bracketed.group(1));
		}
		String[] parts = name.split(",", -1);
		if (parts.length == 3 && Arrays.stream(parts[2].strip().split("\\s+"))
			.allMatch(Names::isPostNominal)) {
			// "Smith, John, OBE"
			return surnameLast(parts[0] + "," + parts[1]) + " " + parts[2].strip();
		}
		if (parts.length != 2) {
			return name;
		}
		String[] family = parts[0].strip().split("\\s+");
		String[] rest = parts[1].strip().split("\\s+");
		boolean surname = family.length == 1
				|| (family.length == 2 && family[0].matches("(?i)de|van|von|le|la|du|da|di|del|al|el|st"));
		if (!surname || family[0].isEmpty() || rest[0].isEmpty() || rest.length > 4
				|| isHonorific(family[0])) {
			return name;
		}
		for (String word : rest) {
			String w = word.toLowerCase(Locale.ROOT).replace(".", "");
			if (isPostNominal(w) || Minutes.TITLE_WORDS.contains(w) || !NAME_WORD.matcher(word).matches()) {
				return name;
			}
		}
		return parts[1].strip() + " " + parts[0].strip();
	}

	/** Whether a word is an honorific ("Dr", "Cllr."), which before a name is never its given name. */
	static boolean isHonorific(String word) {
		return HONORIFICS.contains(word.toLowerCase(Locale.ROOT).replace(".", ""));
	}

	static boolean isPostNominal(String word) {
		return POST_NOMINALS.contains(word.toLowerCase(Locale.ROOT).replace(".", ""));
	}

	public static String personKey(String givenName, String familyName) {
		return words(((givenName != null) ? givenName : "") + " " + ((familyName != null) ? familyName : ""));
	}

	/** The key organisations are matched on. */
	public static String organisationKey(String name) {
		String key = " " + words(name.replace("&", " and ").replace("+", " and ")) + " ";
		key = key.replace(" limited ", " ltd ")
			.replace(" public limited company ", " plc ")
			.replace(" nhs ft ", " nhs foundation trust ")
			.replace(" ft ", " foundation trust ")
			.replace(" ccg ", " clinical commissioning group ")
			.replace(" icb ", " integrated care board ")
			.replace(" pcn ", " primary care network ")
			.replace(" centre ", " center ");
		if (key.startsWith(" the ")) {
			key = key.substring(4);
		}
		return key.strip();
	}

	/**
	 * Whether a cell can hold a person's name: letters, at most eight words and 100 characters, and no word that is a
	 * number or an amount ("12 Mill Lane", "£412,000"). A paragraph listing contracts, or an address, is never taken
	 * for a name.
	 */
	public static boolean looksLikeName(String text) {
		String t = text.strip();
		return !t.isEmpty() && t.length() <= 100 && t.chars().anyMatch(Character::isLetter)
				&& !NUMBER_WORD.matcher(t).find() && t.split("\\s+").length <= 8;
	}

	private static final Pattern VACANCY = Pattern.compile("(?i)\\(?\\s*(?:seat |post |position )?(?:vacant|vacancy|"
			+ "tbc|tba|to be (?:confirmed|appointed|nominated|advised)|awaiting (?:nomination|appointment)|"
			+ "nomination awaited|n/?a|-+|\\?+)(?: seat| post| position)?\\s*\\)?\\.?");

	/** Whether a name cell says its seat is empty: "Vacant", "TBC", "To be appointed", "N/A", "-". */
	static boolean vacant(String text) {
		return VACANCY.matcher(text.strip()).matches();
	}

	private static final Pattern MORE_THAN_ONE = Pattern.compile("\\s*/\\s*|\\s+or\\s+|\\s+&\\s+");

	/**
	 * Why a name cell of a roster or attendance list names no one person, or null when it may: a vacant seat ("Vacant",
	 * "TBC"), two people sharing one row ("Cllr A Bell / Cllr C Dee"), or a post ("Director of Public Health"): every
	 * word a word of job titles.
	 */
	public static String notAPerson(String text) {
		String t = text.strip();
		if (vacant(t)) {
			return "a vacant seat (\"" + t + "\"), not a person";
		}
		String[] parts = MORE_THAN_ONE.split(withoutBrackets(t));
		if (parts.length > 1 && Arrays.stream(parts).allMatch(p -> p.strip().split("\\s+").length >= 2)) {
			return "\"" + t + "\" names more than one person: give each their own row";
		}
		PersonName name = person(t);
		String words = words(((name.givenName() != null) ? name.givenName() + " " : "") + name.familyName());
		if (words.matches("(full )?names?|surname|forenames?|first name|attendees?|title")) {
			return "\"" + t + "\" is a column's heading, not a person";
		}
		if (!words.isEmpty() && Arrays.stream(words.split(" ")).allMatch(Minutes.TITLE_WORDS::contains)) {
			return "\"" + t + "\" names a post, not a person (the paper does not say who holds it)";
		}
		return null;
	}

	/** Lower case, no accents, words separated by single spaces. */
	public static String words(String text) {
		return NON_WORD.matcher(SearchText.normalise(text)).replaceAll(" ").strip();
	}

	/** The words of a key, for comparing names that are alike but not the same. */
	static Set<String> tokens(String key) {
		return new HashSet<>(Arrays.asList(key.split(" ")));
	}

	/**
	 * Whether two keys differ by at most one inserted, deleted or changed character, or by two neighbouring characters
	 * swapped ("Askwe" for "Askew": a slip of the typist's fingers, not two mistakes).
	 */
	public static boolean oneEditApart(String a, String b) {
		if (Math.abs(a.length() - b.length()) > 1) {
			return false;
		}
		int i = 0;
		int j = 0;
		int edits = 0;
		while (i < a.length() && j < b.length()) {
			if (a.charAt(i) == b.charAt(j)) {
				i++;
				j++;
				continue;
			}
			if (++edits > 1) {
				return false;
			}
			if (a.length() > b.length()) {
				i++;
			}
			else if (b.length() > a.length()) {
				j++;
			}
			else if (i + 1 < a.length() && a.charAt(i) == b.charAt(j + 1) && a.charAt(i + 1) == b.charAt(j)) {
				i += 2;
				j += 2;
			}
			else {
				i++;
				j++;
			}
		}
		return edits + (a.length() - i) + (b.length() - j) <= 1;
	}

	/** A word and every string one deleted letter away: two words at most one edit apart share one of these. */
	public static List<String> deletionKeys(String word) {
		List<String> keys = new ArrayList<>(word.length() + 1);
		keys.add(word);
		for (int i = 0; i < word.length(); i++) {
			keys.add(word.substring(0, i) + word.substring(i + 1));
		}
		return keys;
	}

	/** "Royal College of Nursing", "Faculty of Public Health", "Nursing and Midwifery Council" (in a name's key). */
	private static final Pattern PROFESSIONS = Pattern.compile(" (royal college|faculty) of | academy of medical |"
			+ " chartered institute | (general (medical|dental|optical|osteopathic|chiropractic|pharmaceutical)"
			+ "|midwifery|professions) council ");

	/** The kind a name states ("... NHS Foundation Trust", "Healthwatch ..."); UNKNOWN when it does not say. */
	static OrganisationKind guessKind(String name) {
		String key = " " + organisationKey(name) + " ";
		// Royal colleges and faculties, and the professions' regulators: not a school, nor a council that governs.
		if (PROFESSIONS.matcher(key).find()) {
			return OrganisationKind.PROFESSIONAL_BODY;
		}
		if (key.contains(" council for voluntary service ") || key.contains(" voluntary action ")
				|| key.contains(" voluntary service ") || key.contains(" cvs ") || key.contains(" community action ")
				|| key.contains(" vcse ")) {
			return OrganisationKind.VOLUNTARY_COMMUNITY_SECTOR;
		}
		if (key.contains(" nhs foundation trust ")) {
			return OrganisationKind.NHS_FOUNDATION_TRUST;
		}
		if (key.contains(" nhs trust ") || (key.contains(" hospital ") || key.contains(" hospitals ")
				|| key.contains(" healthcare ") || key.contains(" ambulance ")) && key.contains(" trust ")) {
			return OrganisationKind.NHS_TRUST;
		}
		if (key.contains(" integrated care board ")) {
			return OrganisationKind.INTEGRATED_CARE_BOARD;
		}
		if (key.contains(" clinical commissioning group ")) {
			return OrganisationKind.CLINICAL_COMMISSIONING_GROUP;
		}
		if (key.contains(" council ") && !key.contains(" medical ")) {
			return OrganisationKind.LOCAL_AUTHORITY;
		}
		if (key.contains(" primary care network ")) {
			return OrganisationKind.PRIMARY_CARE_NETWORK;
		}
		if (key.contains(" federation ")) {
			return OrganisationKind.GP_FEDERATION;
		}
		if (key.contains(" surgery ") || key.contains(" medical center ") || key.contains(" health center ")
				|| key.contains(" practice ") || key.contains(" medical group ")) {
			return OrganisationKind.GP_PRACTICE;
		}
		if (key.contains(" healthwatch ")) {
			return OrganisationKind.HEALTHWATCH;
		}
		if (key.contains(" school ") || key.contains(" academy ") || key.contains(" college ")) {
			return OrganisationKind.SCHOOL;
		}
		if (key.contains(" ltd ") || key.contains(" plc ") || key.contains(" llp ")) {
			return OrganisationKind.COMPANY;
		}
		if (key.contains(" charity ") || key.contains(" trust ")) {
			return OrganisationKind.CHARITY;
		}
		// A credit union lends and a students' union is a students' body: neither is a trade union.
		if (key.contains(" union ") && !key.matches(".* (credit|students?) union .*") || key.contains(" unison ")
				|| key.contains(" unite ")) {
			return OrganisationKind.TRADE_UNION;
		}
		if (key.contains(" association ") || key.contains(" committee ")) {
			return OrganisationKind.PROFESSIONAL_BODY;
		}
		if (key.contains(" party ")) {
			return OrganisationKind.POLITICAL_PARTY;
		}
		return OrganisationKind.UNKNOWN;
	}

}
