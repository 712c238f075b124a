package nl.regiotafel.storage;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.regiotafel.commands.reminder.Absence;
import nl.regiotafel.commands.reminder.AbsenceStore;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/** Absences in the {@code absences} collection; {@code _id} is {@code networkId/userId}. */
@Component
final class MongoAbsenceStore implements AbsenceStore {

    @Document("absences")
    record AbsenceDocument(@Id String id, String networkId, String userId, String from, String to) {}

    private final MongoTemplate mongo;

    MongoAbsenceStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void set(Absence absence) {
        StoreCalls.run(
                "set absence",
                () -> mongo.save(new AbsenceDocument(
                        absence.networkId() + "/" + absence.userId(),
                        absence.networkId(),
                        absence.userId(),
                        absence.from().toString(),
                        absence.to().toString())));
    }

    @Override
    public void clear(String networkId, String userId) {
        StoreCalls.run(
                "clear absence",
                () -> mongo.remove(query(where("_id").is(networkId + "/" + userId)), AbsenceDocument.class));
    }

    @Override
    public Optional<Absence> of(String networkId, String userId) {
        return Optional.ofNullable(StoreCalls.call(
                        "absence", () -> mongo.findById(networkId + "/" + userId, AbsenceDocument.class)))
                .map(MongoAbsenceStore::toAbsence);
    }

    @Override
    public List<Absence> all(String networkId) {
        return StoreCalls.call(
                        "absences", () -> mongo.find(query(where("networkId").is(networkId)), AbsenceDocument.class))
                .stream()
                .map(MongoAbsenceStore::toAbsence)
                .toList();
    }

    private static Absence toAbsence(AbsenceDocument d) {
        return new Absence(d.networkId(), d.userId(), LocalDate.parse(d.from()), LocalDate.parse(d.to()));
    }
}
