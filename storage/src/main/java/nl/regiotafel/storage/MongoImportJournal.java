package nl.regiotafel.storage;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.mongodb.MongoClientSettings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import nl.regiotafel.commands.transfer.ImportBatch;
import nl.regiotafel.commands.transfer.ImportJournal;
import nl.regiotafel.commands.transfer.MilestonePatch;
import nl.regiotafel.commands.transfer.ProjectPatch;
import org.bson.BsonDocumentReader;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The import journal in {@code imports} (one entry per import) and {@code import_parts} (its plan, in parts, while it
 * is pending). The entry is inserted only after every part: the insert is the moment the batch exists. Parts of a
 * batch whose entry never got written (a crash during {@link #begin}) are never read, and nothing of it was applied.
 */
@Component
final class MongoImportJournal implements ImportJournal {

    /** Patches per part document: 500 projects with long goals stay far below 16 MB. */
    static final int PART_SIZE = 500;

    private static final Codec<Document> CODEC =
            MongoClientSettings.getDefaultCodecRegistry().get(Document.class);

    private final MongoTemplate mongo;

    MongoImportJournal(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void begin(ImportBatch batch) {
        List<ImportPartDocument> parts = new ArrayList<>();
        List<ProjectPatch> projects = batch.projects();
        List<MilestonePatch> milestones = batch.milestones();
        int total = projects.size() + milestones.size();
        for (int from = 0, index = 0; from < total || index == 0; from += PART_SIZE, index++) {
            int to = Math.min(total, from + PART_SIZE);
            List<ImportPartDocument.ProjectPatchDocument> projectPart = new ArrayList<>();
            List<ImportPartDocument.MilestonePatchDocument> milestonePart = new ArrayList<>();
            for (int i = from; i < to; i++) {
                if (i < projects.size()) {
                    projectPart.add(ImportPartDocument.ProjectPatchDocument.from(projects.get(i)));
                } else {
                    milestonePart.add(
                            ImportPartDocument.MilestonePatchDocument.from(milestones.get(i - projects.size())));
                }
            }
            parts.add(new ImportPartDocument(
                    ImportPartDocument.id(batch.id(), index),
                    batch.id(),
                    index,
                    pack(new ImportPartDocument.Plan(projectPart, milestonePart))));
        }
        StoreCalls.run("journal import plan", () -> mongo.insertAll(parts));
        ImportDocument entry = new ImportDocument(
                batch.id(),
                batch.networkId(),
                ImportDocument.PENDING,
                batch.at(),
                batch.actorId(),
                batch.actorName(),
                batch.fileName(),
                batch.newRegions(),
                batch.newThemes(),
                parts.size(),
                projects.size(),
                milestones.size());
        StoreCalls.run("journal import", () -> mongo.insert(entry));
    }

    @Override
    public List<ImportBatch> pending() {
        return pending(where("state").is(ImportDocument.PENDING));
    }

    @Override
    public List<ImportBatch> pending(String networkId) {
        return pending(where("networkId").is(networkId).and("state").is(ImportDocument.PENDING));
    }

    private List<ImportBatch> pending(Criteria criteria) {
        Query query = query(criteria).with(Sort.by("at"));
        List<ImportBatch> batches = new ArrayList<>();
        for (ImportDocument entry : StoreCalls.call("pending imports", () -> mongo.find(query, ImportDocument.class))) {
            batches.add(batch(entry));
        }
        return batches;
    }

    private ImportBatch batch(ImportDocument entry) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < entry.parts(); i++) {
            ids.add(ImportPartDocument.id(entry.id(), i));
        }
        List<ImportPartDocument> parts = new ArrayList<>(StoreCalls.call(
                "import plan", () -> mongo.find(query(where("_id").in(ids)), ImportPartDocument.class)));
        parts.sort(Comparator.comparingInt(ImportPartDocument::index));
        if (parts.size() != entry.parts()) {
            throw new IllegalStateException(
                    "Import " + entry.id() + " has " + parts.size() + " of its " + entry.parts() + " parts");
        }
        List<ProjectPatch> projects = new ArrayList<>();
        List<MilestonePatch> milestones = new ArrayList<>();
        for (ImportPartDocument part : parts) {
            ImportPartDocument.Plan plan = unpack(part.plan());
            plan.projects().forEach(p -> projects.add(p.toPatch()));
            plan.milestones().forEach(p -> milestones.add(p.toPatch()));
        }
        return new ImportBatch(
                entry.id(),
                entry.networkId(),
                entry.at(),
                entry.actorId(),
                entry.actorName(),
                entry.fileName(),
                entry.newRegions(),
                entry.newThemes(),
                projects,
                milestones);
    }

    /** A plan as gzipped BSON, mapped by the same converter as every document. */
    private byte[] pack(ImportPartDocument.Plan plan) {
        Document document = new Document();
        mongo.getConverter().write(plan, document);
        RawBsonDocument bson = new RawBsonDocument(document, CODEC);
        ByteBuffer buffer = bson.getByteBuffer().asNIO();
        byte[] raw = new byte[buffer.remaining()];
        buffer.get(raw);
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException("Compressing in memory failed", e);
        }
        return out.toByteArray();
    }

    private ImportPartDocument.Plan unpack(byte[] packed) {
        byte[] raw;
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(packed))) {
            raw = gzip.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("A journalled import plan is damaged", e);
        }
        Document document = CODEC.decode(
                new BsonDocumentReader(new RawBsonDocument(raw)),
                DecoderContext.builder().build());
        return mongo.getConverter().read(ImportPartDocument.Plan.class, document);
    }

    @Override
    public void finish(String batchId) {
        StoreCalls.run(
                "finish import",
                () -> mongo.updateFirst(
                        query(where("_id").is(batchId)),
                        new Update().set("state", ImportDocument.DONE),
                        ImportDocument.class));
        StoreCalls.run(
                "drop import plan", () -> mongo.remove(query(where("batchId").is(batchId)), ImportPartDocument.class));
    }
}
