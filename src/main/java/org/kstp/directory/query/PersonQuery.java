package org.kstp.directory.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.common.Role;
import org.kstp.directory.PersonIdHash;
import org.kstp.directory.domain.PhoneCipher;
import org.kstp.directory.PersonIdType;
import org.kstp.platform.SqlLike;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The people pages' read model. The scope is part of the SQL, so rows outside it never leave the
 * database, whatever the page does with them: bureau staff see every record; everyone else sees the
 * records of their organisation, the records they entered and their own. That is exactly who
 * {@code Person.mayBeEditedBy} lets change a record, so the list shows what its reader may edit.
 * Searching by a full ID number stays inside the same scope: knowing a number reveals nothing here.
 */
@Component
public class PersonQuery {

    /** Who sees a record; mirrors Person.mayBeEditedBy (see the class comment). */
    private static final String SCOPE = """
            (:everyone or p.organisation_id = :organisation or p.created_by = :me or p.account_id = :me)""";

    private final PersonIdHash idHash;
    private final PhoneCipher phones;
    private final JdbcClient jdbc;

    PersonQuery(JdbcClient jdbc, PersonIdHash idHash, PhoneCipher phones) {
        this.phones = phones;
        this.idHash = idHash;
        this.jdbc = jdbc;
    }

    /** A line of the list: never a full ID or phone number, only their last four characters. */
    public record Row(UUID id, String name, String title, String organisationName, String disciplineCode,
                      String disciplineName, PersonIdType idType, String idTail, String phoneTail) {

        public String maskedId() {
            return idTail == null ? null : "****" + idTail;
        }

        public String maskedPhone() {
            return phoneTail == null ? null : "****" + phoneTail;
        }
    }

    /** One page of rows; {@code hasNext} when at least one more row follows. */
    public record Page(List<Row> rows, int number, boolean hasNext) {
    }

    /**
     * A record as its edit form needs it. {@code organisationName} is the name stored on the record
     * (for people outside the directory); {@code organisationLabel} what to show, preferring the directory's.
     */
    public record Detail(UUID id, String name, String title, String phone, UUID organisationId,
                         String organisationName, String organisationLabel, String disciplineCode,
                         String disciplineName, PersonIdType idType, String idTail, long version) {

        public String maskedId() {
            return idTail == null ? null : "****" + idTail;
        }
    }

    /**
     * Records in the actor's scope, by name: all of them for a blank query, those whose name starts
     * with it, or, when it looks like an ID number, the record with exactly that number.
     */
    public Page search(Actor actor, String query, int page, int size) {
        Map<String, Object> params = scope(actor);
        String filter = "";
        if (PersonIdHash.looksLikeNumber(query)) {
            Map<PersonIdType, String> hashes = idHash.candidates(query);
            if (hashes.isEmpty()) {
                return new Page(List.of(), page, false);
            }
            StringJoiner any = new StringJoiner(" or ", " and (", ")");
            hashes.forEach((type, hash) -> {
                any.add("(p.id_type = :type_" + type + " and p.id_hash = :hash_" + type + ")");
                params.put("type_" + type, type.name());
                params.put("hash_" + type, hash);
            });
            filter = any.toString();
        } else if (query != null && !query.isBlank()) {
            filter = " and p.name like :prefix escape '\\'";
            params.put("prefix", SqlLike.prefix(query));
        }
        params.put("limit", size + 1);
        params.put("offset", (long) page * size);
        List<Row> rows = jdbc.sql("""
                select p.id, p.name, p.title, coalesce(o.name, p.organisation_name) as organisation_name,
                       p.discipline_code, d.name as discipline_name, p.id_type, p.id_tail,
                       p.phone_tail
                from directory_person p
                left join directory_organisation o on o.id = p.organisation_id
                left join directory_discipline d on d.code = p.discipline_code
                where %s%s
                order by p.name, p.id limit :limit offset :offset""".formatted(SCOPE, filter))
                .params(params).query(Row.class).list();
        boolean hasNext = rows.size() > size;
        return new Page(hasNext ? rows.subList(0, size) : rows, page, hasNext);
    }

    /**
     * The record, when it is in the actor's scope; empty otherwise, so pages answer "not found" alike.
     * Its phone is decrypted here: the scope is who may edit the record, and the edit form shows it.
     */
    public Optional<Detail> visible(UUID id, Actor actor) {
        Map<String, Object> params = scope(actor);
        params.put("id", id);
        return jdbc.sql("""
                select p.id, p.name, p.title, p.phone_sealed, p.organisation_id, p.organisation_name,
                       coalesce(o.name, p.organisation_name) as organisation_label, p.discipline_code,
                       d.name as discipline_name, p.id_type, p.id_tail, p.version
                from directory_person p
                left join directory_organisation o on o.id = p.organisation_id
                left join directory_discipline d on d.code = p.discipline_code
                where p.id = :id and %s""".formatted(SCOPE))
                .params(params).query((rs, n) -> new Detail(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("title"), phones.open(rs.getBytes("phone_sealed")),
                        rs.getObject("organisation_id", UUID.class), rs.getString("organisation_name"),
                        rs.getString("organisation_label"), rs.getString("discipline_code"),
                        rs.getString("discipline_name"), rs.getString("id_type") == null ? null
                        : PersonIdType.valueOf(rs.getString("id_type")), rs.getString("id_tail"),
                        rs.getLong("version"))).optional();
    }

    private static Map<String, Object> scope(Actor actor) {
        Map<String, Object> params = new HashMap<>();
        params.put("everyone", actor.has(Role.BUREAU_STAFF));
        params.put("organisation", actor.organisationId());
        params.put("me", actor.accountId());
        return params;
    }
}
