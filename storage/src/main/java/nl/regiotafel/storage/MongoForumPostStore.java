package nl.regiotafel.storage;

import java.util.List;
import java.util.Optional;
import nl.regiotafel.commands.forum.ForumPostStore;
import nl.regiotafel.commands.forum.ProjectForum;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * One document per project with a forum post in {@code forumPosts}, keyed by network and project code, so every lookup
 * is an {@code _id} lookup and the insert is the atomic "first post" test. It also lists the post's update messages
 * (message id, update number and version; no text), so they can be rendered again after an erasure.
 */
@Component
final class MongoForumPostStore implements ForumPostStore {

    private static final String COLLECTION = "forumPosts";

    private final MongoTemplate mongo;

    MongoForumPostStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    private static String id(String networkId, String projectCode) {
        return networkId + "/" + projectCode;
    }

    @Override
    public Optional<ProjectForum.Post> find(String networkId, String projectCode) {
        Document found = StoreCalls.call(
                "forum post", () -> mongo.findById(id(networkId, projectCode), Document.class, COLLECTION));
        return Optional.ofNullable(found)
                .map(d -> new ProjectForum.Post(d.getString("threadId"), d.getString("cardMessageId")));
    }

    @Override
    public boolean save(String networkId, String projectCode, ProjectForum.Post post) {
        Document document = new Document("_id", id(networkId, projectCode))
                .append("networkId", networkId)
                .append("projectCode", projectCode)
                .append("threadId", post.threadId())
                .append("cardMessageId", post.cardMessageId());
        try {
            StoreCalls.run("forum post", () -> mongo.insert(document, COLLECTION));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public void recordUpdateMessage(String networkId, String projectCode, UpdateMessage message) {
        Document entry = new Document("messageId", message.messageId())
                .append("number", message.number())
                .append("version", message.version());
        // One atomic push on the post's _id: two updates posted at once both stay recorded
        StoreCalls.run(
                "forum post",
                () -> mongo.updateFirst(
                        Query.query(Criteria.where("_id").is(id(networkId, projectCode))),
                        new Update().push("updateMessages", entry),
                        COLLECTION));
    }

    @Override
    public List<UpdateMessage> updateMessages(String networkId, String projectCode) {
        Document found = StoreCalls.call(
                "forum post", () -> mongo.findById(id(networkId, projectCode), Document.class, COLLECTION));
        if (found == null) {
            return List.of();
        }
        return found.getList("updateMessages", Document.class, List.of()).stream()
                .map(d -> new UpdateMessage(d.getString("messageId"), d.getInteger("number"), d.getInteger("version")))
                .toList();
    }

    @Override
    public void remove(String networkId, String projectCode) {
        StoreCalls.run(
                "forum post",
                () -> mongo.remove(Query.query(Criteria.where("_id").is(id(networkId, projectCode))), COLLECTION));
    }
}
