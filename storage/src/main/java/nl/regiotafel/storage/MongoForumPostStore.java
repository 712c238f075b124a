package nl.regiotafel.storage;

import java.util.Optional;
import nl.regiotafel.commands.forum.ForumPostStore;
import nl.regiotafel.commands.forum.ProjectForum;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * One document per project with a forum post in {@code forumPosts}, keyed by network and project code, so every lookup
 * is an {@code _id} lookup and the insert is the atomic "first post" test.
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
    public void remove(String networkId, String projectCode) {
        StoreCalls.run(
                "forum post",
                () -> mongo.remove(Query.query(Criteria.where("_id").is(id(networkId, projectCode))), COLLECTION));
    }
}
