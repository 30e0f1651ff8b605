package org.marsad;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints why a test or a test class was skipped (its assumption's message, or the reason it is
 * disabled): surefire counts skipped tests without saying why, and a class skipped in its
 * {@code @BeforeAll} it does not count at all. Registered in {@code META-INF/services}.
 */
public final class SkipReasons implements TestExecutionListener {
    private static final String ASSUMPTION = "Assumption failed: ";

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        report(test, reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            String reason = result.getThrowable().map(Throwable::getMessage).orElse("aborted");
            report(test, reason.startsWith(ASSUMPTION) ? reason.substring(ASSUMPTION.length()) : reason);
        }
    }

    private static void report(TestIdentifier test, String reason) {
        System.out.println("[WARNING] Skipped " + name(test) + ": " + reason);
    }

    private static String name(TestIdentifier test) {
        return test.getSource().map(source -> source instanceof MethodSource method
                        ? simpleName(method.getClassName()) + "." + method.getMethodName()
                        : source instanceof ClassSource type ? simpleName(type.getClassName()) + " (every test)" : null)
                .orElse(test.getDisplayName());
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
