package org.kstp.integrity.query;

import org.kstp.common.PersonName;
import org.kstp.platform.SqlLike;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Finds findings for the staff list; their state is then derived from their entries, never stored. */
@Component
public class RecordQuery {

    private final JdbcClient jdbc;

    RecordQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The newest findings whose subject name, code or document number contains the text (any, if blank).
     * Person names are stored with U+00B7 as their middle dot, so the text is matched against them the same way.
     */
    public List<UUID> findingIds(String text, int limit) {
        String like = text == null || text.isBlank() ? null : SqlLike.infix(text);
        String name = like == null ? null : SqlLike.infix(PersonName.normalise(text));
        return jdbc.sql("""
                select r.id from integrity_record r
                where r.kind = 'FINDING' and (cast(:like as text) is null
                   or r.person_name ilike :name escape '\\' or r.organisation_name ilike :like escape '\\'
                   or r.organisation_uscc ilike :like escape '\\' or r.document_number ilike :like escape '\\')
                order by r.seq desc limit :limit""")
                .param("like", like).param("name", name).param("limit", limit).query(UUID.class).list();
    }

    /** Findings naming this account, newest first: what a person may see about themselves. */
    public List<UUID> findingIdsOfAccount(UUID accountId) {
        return jdbc.sql("""
                select distinct coalesce(refers_to, id) as finding, max(seq) as last from integrity_record
                where person_account_id = ? group by coalesce(refers_to, id) order by last desc""")
                .param(accountId).query((rs, n) -> rs.getObject("finding", UUID.class)).list();
    }

    /** Findings naming this organisation, newest first: what its administrators may see about it. */
    public List<UUID> findingIdsOfOrganisation(String uscc) {
        return jdbc.sql("""
                select distinct coalesce(refers_to, id) as finding, max(seq) as last from integrity_record
                where organisation_uscc = ? group by coalesce(refers_to, id) order by last desc""")
                .param(uscc).query((rs, n) -> rs.getObject("finding", UUID.class)).list();
    }
}
