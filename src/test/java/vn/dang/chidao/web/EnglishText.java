package vn.dang.chidao.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the English words the Camunda webapps use in a screen's visible text, for browser tests that walk
 * the screens in a Vietnamese and an English browser: none of them may show.
 *
 * <p>Raw translation keys ({@code CAM_WIDGET_…}) count as English. Words are whole tokens of letters, compared
 * without case. Short English words that are also
 * Vietnamese ("to", "in", "no", "on") are not on the list; product codes ({@code 01-CV/HU}), logins,
 * technical ids and the product name "Camunda Platform" of the footer are not English words here.
 */
public final class EnglishText {

    /** Words of the Camunda webapps' English screens. */
    static final Set<String> WORDS = Set.of(
            "actions", "action", "process", "processes", "definition", "definitions", "instance", "instances",
            "variable", "variables", "search", "dashboard", "running", "incident", "incidents", "deployment",
            "deployments", "welcome", "runtime", "job", "jobs", "batch", "batches", "null", "tenant", "tenants",
            "external", "task", "tasks", "cockpit", "admin", "tasklist", "decision", "decisions", "filter",
            "filters", "add", "edit", "delete", "remove", "cancel", "save", "close", "select", "loading", "error",
            "name", "type", "value", "scope", "key", "version", "start", "started", "end", "ended", "users",
            "user", "groups", "group", "authorization", "authorizations", "system", "settings", "login", "sign",
            "username", "password", "logout", "claim", "complete", "assignee", "created", "due", "follow",
            "priority", "history", "activity", "details", "zoom", "reset", "string", "long", "integer", "boolean",
            "date", "object", "cmmn", "case", "cases", "more", "human", "open", "total", "found", "of",
            "and", "with", "for", "is", "are", "has", "have", "not", "you", "your", "this", "that", "from", "the",
            "operations", "migration", "modification", "repository", "reports", "metrics", "toggle", "navigation",
            "profile", "show", "hide", "next", "previous", "yes", "diagram", "called", "suspended", "active",
            "failed", "retries", "message", "payload", "listener", "execution", "engine", "deployed", "resources",
            "resource", "source", "view", "all", "none", "current", "assigned", "unassigned", "candidate",
            "month", "year", "today", "week", "sunday", "monday", "january", "december",
            // Tasklist: its buttons, pickers and hard-coded tooltips
            "skip", "powered", "keyboard", "shortcuts", "comment", "comments", "set", "clear", "done", "create",
            "form", "description", "unclaim", "submit", "february", "march", "april", "june", "july", "august",
            "september", "october", "november", "tuesday", "wednesday", "thursday", "friday", "saturday", "sun",
            "mon", "tue", "wed", "fri", "sat", "undefined");

    /** Product names that may stay as they are (the footer's "Camunda Platform"). */
    static final List<String> ALLOWED_PHRASES = List.of("Camunda Platform", "Camunda");

    private static final Pattern TOKEN = Pattern.compile("\\p{L}+");
    /** A translation key shown as is: CAM_WIDGET_HEADER_TOGGLE_NAVIGATION, PAGE_LOGIN_SIGN_IN_ACTION. */
    private static final Pattern KEY = Pattern.compile("(?<![\\p{L}\\p{N}_])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![\\p{L}\\p{N}_])");

    private EnglishText() {
    }

    /** The English words found in the text, in order of first appearance, each once. */
    public static List<String> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String rest = text;
        for (String phrase : ALLOWED_PHRASES) {
            rest = rest.replace(phrase, " ");
        }
        Set<String> found = new LinkedHashSet<>();
        Matcher key = KEY.matcher(rest);
        while (key.find()) {
            found.add(key.group());
        }
        Matcher m = TOKEN.matcher(rest);
        while (m.find()) {
            String word = m.group();
            if (WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                found.add(word);
            }
        }
        return List.copyOf(found);
    }
}
