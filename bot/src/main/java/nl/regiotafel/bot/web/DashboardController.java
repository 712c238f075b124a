package nl.regiotafel.bot.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.regiotafel.commands.api.UserError;
import nl.regiotafel.commands.dashboard.DashboardLinks;
import nl.regiotafel.commands.dashboard.DashboardLinks.Grant;
import nl.regiotafel.commands.dashboard.DashboardLinks.Purpose;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.round.ProjectSnapshot;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The meeting view: read-only pages of one network, opened with a link from {@code /dashboard link}.
 *
 * <ul>
 *   <li>{@code GET /link/{token}}: checks the link, sets the session cookie, redirects to {@code /} so the token leaves
 *       the address bar; a bad link gets the same plain page whatever is wrong with it
 *   <li>{@code GET /?period=&region=&theme=&pillar=&status=&health=&leader=&lang=&tv=1}: the round's overview
 *   <li>{@code GET /project/{code}?…}: one project in the round
 *   <li>{@code GET /handout?…}: the overview and one page per project, for printing
 *   <li>{@code GET /chart.png?…}, {@code GET /download/{csv|xlsx|pdf}?…}: the chart and the report of the same view
 * </ul>
 *
 * Only GET is mapped: no page changes data. The network is always the session's, never one named in the address.
 */
@ConditionalOnWebApplication
@Controller
final class DashboardController {

    static final String COOKIE = "regiotafel_session";

    private final DashboardLinks links;
    private final MeetingViews views;
    private final ExchangeLimiter limiter;
    private final WebProperties web;
    private final Clock clock;

    DashboardController(
            DashboardLinks links, MeetingViews views, ExchangeLimiter limiter, WebProperties web, Clock clock) {
        this.links = links;
        this.views = views;
        this.limiter = limiter;
        this.web = web;
        this.clock = clock;
    }

    @GetMapping("/link/{token}")
    ResponseEntity<String> exchange(@PathVariable String token, HttpServletRequest request, Model model) {
        Instant now = clock.instant();
        if (!limiter.allow(request.getRemoteAddr())) {
            return plain(HttpStatus.TOO_MANY_REQUESTS, request, "web.limited.text");
        }
        Optional<Grant> grant = links.verify(token, Purpose.LINK, now);
        if (grant.isEmpty()) {
            return plain(HttpStatus.FORBIDDEN, request, "web.invalid.text");
        }
        String session = links.sign(grant.get(), Purpose.SESSION);
        ResponseCookie cookie = ResponseCookie.from(COOKIE, session)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .path("/")
                .maxAge(Duration.between(now, grant.get().expires()))
                .build();
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.SET_COOKIE, cookie.toString())
                .header(HttpHeaders.LOCATION, "/")
                .build();
    }

    @GetMapping("/")
    String overview(HttpServletRequest request, HttpServletResponse response, Model model) {
        return page(request, response, model, view -> "overview");
    }

    @GetMapping("/handout")
    String handout(HttpServletRequest request, HttpServletResponse response, Model model) {
        return page(request, response, model, view -> "handout");
    }

    @GetMapping("/project/{code}")
    String project(@PathVariable String code, HttpServletRequest request, HttpServletResponse response, Model model) {
        return page(request, response, model, view -> {
            Optional<ProjectSnapshot> project = code.length() > 64 ? Optional.empty() : view.project(code);
            if (project.isEmpty()) {
                return null;
            }
            model.addAttribute("p", project.get());
            return "project";
        });
    }

    @GetMapping("/chart.png")
    ResponseEntity<byte[]> chart(HttpServletRequest request) {
        return file(
                request,
                view -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(views.chart(view)));
    }

    @GetMapping("/download/{format}")
    ResponseEntity<byte[]> download(@PathVariable String format, HttpServletRequest request) {
        return file(request, view -> {
            var files = view.files();
            byte[] body;
            String type;
            switch (format) {
                case "csv" -> {
                    body = files.csv();
                    type = "text/csv; charset=utf-8";
                }
                case "xlsx" -> {
                    body = files.xlsx();
                    type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                }
                case "pdf" -> {
                    body = files.pdf(view.today(), view.settings());
                    type = "application/pdf";
                }
                default -> {
                    return null;
                }
            }
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(type))
                    .header(
                            HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment()
                                    .filename(files.baseName() + "." + format, java.nio.charset.StandardCharsets.UTF_8)
                                    .build()
                                    .toString())
                    .body(body);
        });
    }

    private interface PageFor {
        /** The template, or null for "not found". */
        String template(RoundView view);
    }

    private String page(HttpServletRequest request, HttpServletResponse response, Model model, PageFor pageFor) {
        Optional<Grant> grant = session(request);
        if (grant.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return invalid(request, model);
        }
        Filters filters;
        RoundView view;
        try {
            filters = filters(request);
        } catch (UserError e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return error(model, views.messages(grant.get(), Filters.none()), e);
        }
        try {
            view = views.view(grant.get(), filters);
        } catch (UserError e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return error(model, views.messages(grant.get(), filters), e);
        }
        model.addAttribute("v", view);
        model.addAttribute("m", view.m());
        model.addAttribute("f", filters);
        model.addAttribute("refresh", web.tvRefresh().toSeconds());
        String template = pageFor.template(view);
        if (template == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("message", view.m().get("web.notFound.text"));
            model.addAttribute("title", view.m().get("web.error.title"));
            return "plain";
        }
        return template;
    }

    private interface FileFor {
        ResponseEntity<byte[]> file(RoundView view);
    }

    private ResponseEntity<byte[]> file(HttpServletRequest request, FileFor fileFor) {
        Optional<Grant> grant = session(request);
        if (grant.isEmpty()) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        try {
            ResponseEntity<byte[]> response = fileFor.file(views.view(grant.get(), filters(request)));
            return response == null ? ResponseEntity.notFound().build() : response;
        } catch (UserError e) {
            return ResponseEntity.badRequest().build();
        }
    }

    private Optional<Grant> session(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return links.verify(cookie.getValue(), Purpose.SESSION, clock.instant());
            }
        }
        return Optional.empty();
    }

    private static Filters filters(HttpServletRequest request) {
        return new Filters(
                request.getParameter("period"),
                request.getParameter("region"),
                request.getParameter("theme"),
                request.getParameter("pillar"),
                request.getParameter("status"),
                request.getParameter("health"),
                request.getParameter("leader"),
                request.getParameter("lang"),
                "1".equals(request.getParameter("tv")));
    }

    static String invalid(HttpServletRequest request, Model model) {
        Messages m = Messages.of(Messages.choose(request.getLocale(), Messages.DUTCH));
        model.addAttribute("m", m);
        model.addAttribute("title", m.get("web.invalid.title"));
        model.addAttribute("message", m.get("web.invalid.text"));
        return "plain";
    }

    private static String error(Model model, Messages m, UserError e) {
        model.addAttribute("m", m);
        model.addAttribute("title", m.get("web.error.title"));
        model.addAttribute("message", m.get(e.key(), e.args()));
        return "plain";
    }

    /** The plain page of a refused link, as a string so its status is right and nothing else is said. */
    private ResponseEntity<String> plain(HttpStatus status, HttpServletRequest request, String key) {
        Messages m = Messages.of(Messages.choose(request.getLocale(), Messages.DUTCH));
        String html = "<!DOCTYPE html><html lang=\"" + m.locale().getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(m.get("web.invalid.title")) + "</title>"
                + "<link rel=\"icon\" href=\"/static/favicon.svg\" type=\"image/svg+xml\">"
                + "<link rel=\"stylesheet\" href=\"/static/dashboard.css\"></head><body><main class=\"plain\"><h1>"
                + escape(m.get("web.invalid.title")) + "</h1><p>" + escape(m.get(key)) + "</p></main></body></html>";
        return ResponseEntity.status(status)
                .contentType(MediaType.parseMediaType("text/html; charset=utf-8"))
                .body(html);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
