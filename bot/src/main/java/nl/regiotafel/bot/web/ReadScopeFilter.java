package nl.regiotafel.bot.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.regiotafel.commands.readmodel.ReadScope;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One page, one reading of the network: the whole request, rendering included, runs in one {@link ReadScope}, as a
 * command does. A page read the network's revision at every read outside a scope (the settings, the snapshots, the
 * standing line, the round history, each earlier round of the KPI trend, the updates its template shows): 6–10 round
 * trips, and figures that could come from two states of the network if another instance wrote in between. Now each
 * network's revision is read once per page.
 */
final class ReadScopeFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try (ReadScope scope = ReadScope.open()) {
            chain.doFilter(request, response);
        }
    }
}
