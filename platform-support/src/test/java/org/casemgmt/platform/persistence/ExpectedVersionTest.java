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
}
