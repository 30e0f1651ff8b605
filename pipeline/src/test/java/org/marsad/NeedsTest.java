package org.marsad;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** An unmet need skips a test saying why, or fails it where every test must run. */
class NeedsTest {

    @Test
    void anUnmetNeedFailsOnlyWhereItMustBeMetAndEveryTestMustRun() {
        assertThatThrownBy(() -> Needs.unmet("needs chromium, not installed here", true, true)).isInstanceOf(AssertionFailedError.class)
                .hasMessage("needs chromium, not installed here (every test must run here: CI=true or -Dmarsad.requireAll)");
        assertThatThrownBy(() -> Needs.unmet("needs chromium, not installed here", true, false)).isInstanceOf(TestAbortedException.class)
                .hasMessage("needs chromium, not installed here");
        assertThatThrownBy(() -> Needs.unmet("needs the shared data sets", false, true)).isInstanceOf(TestAbortedException.class)
                .hasMessage("needs the shared data sets");
    }

    @Test
    void withRequireAllAMissingToolOrDataSetFailsButAbsentSharedDataIsSkipped() {
        String before = System.getProperty("marsad.requireAll");
        System.setProperty("marsad.requireAll", "true");
        try {
            assertThatThrownBy(() -> Needs.tool(false, "needs setpriv")).isInstanceOf(AssertionFailedError.class);
            // A data set missing from the shared data fails; the shared data absent altogether is no fault of the machine's.
            assertThatThrownBy(() -> Needs.sharedData(Samples.SHARED_DATA.resolve("no-such-set")))
                    .isInstanceOf(Files.isDirectory(Samples.SHARED_DATA) ? AssertionFailedError.class : TestAbortedException.class);
        } finally {
            if (before == null) {
                System.clearProperty("marsad.requireAll");
            } else {
                System.setProperty("marsad.requireAll", before);
            }
        }
    }
}
