package nl.regiotafel.storage;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** The storage module alone, on the embedded store, for its tests. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(StorageConfiguration.class)
class StorageTestApplication {}
