package org.kstp.directory;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.kstp.common.CitizenIdHash;
import org.kstp.common.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * Turns an ID number someone typed into what a person record keeps: a keyed hash and the last four
 * characters. Citizen IDs use the integrity register's own hash, so a person's record matches the
 * register; passports get a keyed hash of their own (no check digit to verify). Lives in the
 * directory's API because every form that files or finds a person (the proposal team table, the
 * people pages) must hash the same number the same way.
 */
@Component
public class PersonIdHash {

    private final CitizenIdHash citizenIds;

    public PersonIdHash(CitizenIdHash citizenIds) {
        this.citizenIds = citizenIds;
    }

    /** Refuses malformed numbers with a reason key (wrong check digit, bad passport format). */
    public String of(PersonIdType type, String raw) {
        if (type == PersonIdType.PASSPORT) {
            String number = normalised(raw);
            if (!number.matches("[A-Z0-9]{5,20}")) {
                throw new RuleViolation("directory.person.passportFormat");
            }
            return citizenIds.keyed("kstp-passport:" + number);
        }
        return citizenIds.of(raw);
    }

    public static String tail(String raw) {
        String number = normalised(raw);
        return number.length() <= 4 ? number : number.substring(number.length() - 4);
    }

    /**
     * True when the text is shaped like an ID number rather than a name (for the search box): one word
     * of letters and digits with at least five digits, which no name has.
     */
    public static boolean looksLikeNumber(String text) {
        return text != null && text.trim().matches("[A-Za-z0-9]{5,20}")
                && text.chars().filter(Character::isDigit).count() >= 5;
    }

    /**
     * The hash the typed number has under each ID type it is valid for, so a search box need not ask
     * which kind of document was typed; empty when it is valid for none.
     */
    public Map<PersonIdType, String> candidates(String raw) {
        Map<PersonIdType, String> hashes = new EnumMap<>(PersonIdType.class);
        for (PersonIdType type : PersonIdType.values()) {
            try {
                hashes.put(type, of(type, raw));
            } catch (RuleViolation notThisType) {
                // e.g. a passport number is no valid citizen ID: try the next type
            }
        }
        return hashes;
    }

    private static String normalised(String raw) {
        return raw == null ? "" : raw.replace(" ", "").trim().toUpperCase(Locale.ROOT);
    }
}
