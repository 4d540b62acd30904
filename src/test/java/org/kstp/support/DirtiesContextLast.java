package org.kstp.support;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Runs the test classes that discard the Spring context (@DirtiesContext) after all the others, so the
 * shared context starts once for everything else instead of again after each of them. Otherwise the
 * classes run in the order of their names. Registered in junit-platform.properties.
 */
public class DirtiesContextLast implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparing(DirtiesContextLast::dirties)
                .thenComparing(d -> d.getTestClass().getName()));
    }

    private static boolean dirties(ClassDescriptor descriptor) {
        return descriptor.findAnnotation(DirtiesContext.class).isPresent();
    }
}
