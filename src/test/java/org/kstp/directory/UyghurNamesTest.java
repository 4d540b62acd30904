package org.kstp.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kstp.KstpIntegrationTest;
import org.kstp.common.Actor;
import org.kstp.common.Role;
import org.kstp.directory.query.PersonQuery;
import org.kstp.platform.ListRequest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Uyghur names in the people register: stored with U+00B7 whichever middle dot was typed, found by
 * any part of the name, in Chinese characters or in Uyghur script, and listed in pinyin order.
 */
@KstpIntegrationTest
class UyghurNamesTest {

    /** Maimaiti·Aili. */
    private static final String MAIMAITI_AILI = "\u4E70\u4E70\u63D0\u00B7\u827E\u529B";
    private static final String MAIMAITI = "\u4E70\u4E70\u63D0";
    private static final String AILI = "\u827E\u529B";
    /** Abudureheman·Tuerxun: pinyin "a", first. */
    private static final String ABUDU = "\u963F\u4E0D\u90FD\u70ED\u5408\u66FC\u00B7\u5410\u5C14\u900A";
    /** Zhang Wei: pinyin "zhang", after "mai". */
    private static final String ZHANG = "\u5F20\u4F1F";
    /** Memet Eli, in Uyghur script. */
    private static final String MEMET_ELI = "\u0645\u06D5\u0645\u06D5\u062A \u0626\u06D0\u0644\u0649";

    @Autowired
    PersonRecords people;
    @Autowired
    PersonQuery query;

    /** A reader who sees only the records they entered, so other tests' people never show up here. */
    Actor clerk;

    @BeforeEach
    void setUp() {
        clerk = new Actor(UUID.randomUUID(), "clerk." + UUID.randomUUID().toString().substring(0, 8), "Clerk",
                Set.of(Role.APPLICANT), null, null);
    }

    @Test
    void aNameTypedWithAnyDotIsStoredWithTheMiddleDotAndFoundByEachPart() {
        PersonSummary typedWithBullet = file("\u4E70\u4E70\u63D0\u2022\u827E\u529B", "13900005501");
        assertThat(typedWithBullet.name()).isEqualTo(MAIMAITI_AILI);
        assertThat(found(MAIMAITI)).contains(MAIMAITI_AILI);
        assertThat(found(AILI)).contains(MAIMAITI_AILI);
        assertThat(found("\u4E70\u4E70\u63D0\u30FB\u827E")).contains(MAIMAITI_AILI); // katakana dot, part of the name
    }

    @Test
    void aUyghurScriptNameIsFoundByEitherPart() {
        file(MEMET_ELI, "13900005502");
        assertThat(found("\u0645\u06D5\u0645\u06D5\u062A")).contains(MEMET_ELI);
        assertThat(found("\u0626\u06D0\u0644\u0649")).contains(MEMET_ELI);
    }

    @Test
    void namesAreListedInPinyinOrderWithUyghurScriptLast() {
        for (String name : List.of(ZHANG, MEMET_ELI, MAIMAITI_AILI, ABUDU)) {
            file(name, "1390000" + Math.abs(name.hashCode() % 10000));
        }
        // By code point ("C") the order would be Mai, Zhang, A: meaningless to a Chinese reader.
        assertThat(found("")).containsExactly(ABUDU, MAIMAITI_AILI, ZHANG, MEMET_ELI);
    }

    private PersonSummary file(String name, String phone) {
        return people.save(null, new PersonDetails(name, PersonIdType.CITIZEN_ID, null, null, phone, null, null,
                null, null, null), clerk);
    }

    private List<String> found(String typed) {
        ListRequest request = new ListRequest();
        request.setSize("50");
        return query.search(clerk, typed, request).rows().stream().map(PersonQuery.Row::name).toList();
    }
}
