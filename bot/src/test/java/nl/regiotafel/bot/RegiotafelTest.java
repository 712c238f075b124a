package nl.regiotafel.bot;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole bot on the embedded store, console not reading stdin, Discord off. Every test class uses exactly this, so
 * Spring starts one context for the whole suite; tests keep apart by using their own network ids.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        classes = RegiotafelApplication.class,
        properties = {
            "regiotafel.console.enabled=false",
            "regiotafel.scheduler.enabled=false",
            "regiotafel.storage.data-dir=target/test-data/${random.uuid}",
            "discord.token="
        })
public @interface RegiotafelTest {}
