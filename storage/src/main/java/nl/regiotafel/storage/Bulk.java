package nl.regiotafel.storage;

import com.mongodb.MongoBulkWriteException;
import java.util.HashSet;
import java.util.Set;
import org.springframework.data.mongodb.BulkOperationException;

/** Reading the outcome of unordered bulk writes. */
final class Bulk {

    /** MongoDB's code for a duplicate key. */
    static final int DUPLICATE_KEY = 11000;

    private Bulk() {}

    /** The indexes of the operations that failed on a duplicate key; any other failure is rethrown. */
    static Set<Integer> duplicates(RuntimeException e) {
        Set<Integer> indexes = new HashSet<>();
        if (e instanceof BulkOperationException bulk) {
            for (var error : bulk.getErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
                indexes.add(error.getIndex());
            }
            return indexes;
        }
        if (e.getCause() instanceof MongoBulkWriteException bulk) {
            for (var error : bulk.getWriteErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
                indexes.add(error.getIndex());
            }
            return indexes;
        }
        throw e;
    }
}
