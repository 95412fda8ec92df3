package org.casemgmt.platform.persistence;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

class ExpectedVersionTest {

    @Test
    void aChangeMadeToTheCurrentVersionPasses() {
        assertThatCode(() -> ExpectedVersion.check("plan", "p-1", 4L, 4)).doesNotThrowAnyException();
    }

    @Test
    void aChangeMadeToAnOlderVersionIsAStaleVersionNamingBoth() {
        assertThatThrownBy(() -> ExpectedVersion.check("plan", "p-1", 5L, 4))
                .isInstanceOf(OptimisticLockingFailureException.class)
                .hasMessage("plan p-1 is at version 5, but the change was made to version 4");
    }

    @Test
    void aResourceThatDoesNotExistYetIsCreatedByAChangeWithoutAVersion() {
        assertThatCode(() -> ExpectedVersion.checkCreateOrChange("template", "HOUSING", null, null))
                .doesNotThrowAnyException();
        assertThatCode(() -> ExpectedVersion.checkCreateOrChange("template", "HOUSING", 2L, 2L))
                .doesNotThrowAnyException();
    }

    @Test
    void aChangeWithoutAVersionToAResourceThatExistsIsStale() {
        assertThatThrownBy(() -> ExpectedVersion.checkCreateOrChange("template", "HOUSING", 0L, null))
                .isInstanceOf(OptimisticLockingFailureException.class)
                .hasMessage("template HOUSING is at version 0, but the change was made to version none");
    }

    @Test
    void aChangeWithAVersionToAResourceThatDoesNotExistIsStale() {
        assertThatThrownBy(() -> ExpectedVersion.checkCreateOrChange("template", "HOUSING", null, 3L))
                .isInstanceOf(OptimisticLockingFailureException.class)
                .hasMessageStartingWith("template HOUSING is at version none (create it without a version)");
    }
}
