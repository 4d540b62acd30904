package org.kstp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every Spring Data repository runs its own query methods in a read-only transaction.
 *
 * <p>Why: Spring Data JDBC loads an aggregate's {@code @MappedCollection}s with further queries while the
 * parent's result set is still open. Outside a transaction each of those queries borrows a second pooled
 * connection while the first is held; under a deadline surge every request held one connection and waited for
 * another, and the pool deadlocked (issue 3, {@code ./bench surge --users 500}). Inside a transaction all of
 * them share one connection. The inherited CRUD methods already carry Spring Data's own transactions.
 */
class RepositoryTransactionsTest {

    private final JavaClasses kstp = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.kstp");

    @Test
    void repositoryQueryMethodsShareOneConnection() {
        classes().that().areInterfaces().and().areAssignableTo(Repository.class)
                .should().beAnnotatedWith(Transactional.class)
                .because("derived queries load mapped collections on a second connection outside a transaction")
                .check(kstp);
    }
}
