package nl.regiotafel.commands.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * A test of the commands on the {@link TestBot}: the real commands over the real Mongo adapters on the embedded
 * store, no Spring. Its {@link Wired} fields are filled before each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(CommandTest.Wiring.class)
public @interface CommandTest {

    /** Fills the {@link Wired} fields of a test instance from the shared {@link TestBot}. */
    final class Wiring implements TestInstancePostProcessor {
        @Override
        public void postProcessTestInstance(Object test, ExtensionContext context) throws IllegalAccessException {
            TestBot bot = TestBot.shared();
            for (Class<?> type = test.getClass(); type != Object.class; type = type.getSuperclass()) {
                for (java.lang.reflect.Field field : type.getDeclaredFields()) {
                    if (field.isAnnotationPresent(Wired.class)) {
                        field.setAccessible(true);
                        field.set(test, bot.wire(field));
                    }
                }
            }
        }
    }
}
