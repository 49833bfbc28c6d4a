package vn.dang.chidao.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the English a Vietnamese user would meet on a screen of the webapps: the words Camunda's own screens use
 * (buttons, headings, tooltips, date pickers), raw translation keys ({@code CAM_WIDGET_…}) and "null". Product
 * names (Camunda Platform, bpmn.io) and the codes of the domain (CV/HU, BTGHU, login names) are not English text.
 */
public final class EnglishText {

    /** Whole words, case-sensitive: capitalised as Camunda writes them, lower case where it writes them so. */
    private static final List<String> WORDS = List.of(
            // actions and headings
            "Actions", "Action", "Add", "Apply", "Back", "Cancel", "Claim", "Unclaim", "Close", "Complete",
            "Completed", "Create", "Created", "Dashboard", "Delete", "Description", "Details", "Diagram", "Done",
            "Download", "Edit", "Filter", "Filters", "Form", "History", "Loading", "Login", "Log in", "Logout",
            "Sign in", "Sign out", "Name", "Next", "Previous", "Process", "Processes", "Definition", "Definitions",
            "Instance", "Instances", "Incidents", "Incident", "Deployments", "Deployment", "Decisions", "Remove",
            "Reset", "Save", "Search", "Select", "Set", "Start", "Started", "Submit", "Task", "Tasks", "Today",
            "Clear", "Username", "Password", "Variable", "Variables", "Value", "Type", "Welcome", "Running",
            "Version", "Tenant", "Batch", "Batches", "Job", "Jobs", "Users", "Groups", "Authorizations", "System",
            "Skip", "Powered by", "Keyboard", "Shortcuts", "Comment", "Comments", "Assignee", "Due", "Follow up",
            "Priority", "Month", "Year", "Week",
            // months and days (date pickers)
            "January", "February", "March", "April", "June", "July", "August", "September", "October",
            "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "Mon", "Tue", "Wed", "Fri", "Sat", "Sun", // not "Thu": Vietnamese, as in "Thu nhỏ"
            // Camunda's lower-case leftovers
            "runtime", "job", "external task", "batch", "zoom in", "zoom out", "reset zoom", "null", "undefined",
            "of", "the", "and");

    private static final Pattern ENGLISH;
    /** A translation key shown as is: CAM_WIDGET_HEADER_TOGGLE_NAVIGATION, PAGE_LOGIN_SIGN_IN_ACTION. */
    private static final Pattern KEY = Pattern.compile("(?<![\\p{L}\\p{N}_])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![\\p{L}\\p{N}_])");
    /** Names that stay as they are in any language. */
    private static final List<String> ALLOWED = List.of("Camunda Platform", "Camunda", "bpmn.io");

    static {
        StringBuilder alternatives = new StringBuilder();
        for (String word : WORDS) {
            if (!alternatives.isEmpty()) {
                alternatives.append('|');
            }
            alternatives.append(Pattern.quote(word));
        }
        ENGLISH = Pattern.compile("(?<![\\p{L}\\p{N}/\\-_.@])(?:" + alternatives + ")(?![\\p{L}\\p{N}/\\-_@])");
    }

    private EnglishText() {
    }

    /** The English words and raw keys found in the text, each once, in order of appearance. */
    public static List<String> in(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String checked = text;
        for (String name : ALLOWED) {
            checked = checked.replace(name, " ");
        }
        Set<String> found = new LinkedHashSet<>();
        for (Pattern pattern : List.of(ENGLISH, KEY)) {
            Matcher m = pattern.matcher(checked);
            while (m.find()) {
                found.add(m.group());
            }
        }
        return new ArrayList<>(found);
    }
}
