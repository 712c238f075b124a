package nl.regiotafel.bot.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import nl.regiotafel.commands.i18n.Messages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error of the meeting view's server as a plain page in the reader's language: no stack trace, no detail, no
 * echo of the address (which may hold a token).
 */
@ConditionalOnWebApplication
@Controller
final class WebErrors implements ErrorController {

    @RequestMapping("/error")
    String error(HttpServletRequest request, Model model) {
        Messages m = Messages.of(Messages.choose(request.getLocale(), Messages.DUTCH));
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        model.addAttribute("m", m);
        model.addAttribute("title", m.get("web.error.title"));
        model.addAttribute(
                "message", m.get(Integer.valueOf(404).equals(status) ? "web.notFound.text" : "web.failed.text"));
        return "plain";
    }
}
