package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The README's command table names every command and every option of each (besides --help, --version and
 * --verbose, which its text says every command takes), and no option the program does not have.
 */
class ReadmeCommandTableTest {
    private static final Set<String> EVERYWHERE = Set.of("--help", "--version", "--verbose");

    @Test
    void theCommandTableListsExactlyTheProgramsOptions() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("## Command line"), readme.indexOf("\n## ", readme.indexOf("## Command line") + 1));
        Map<String, Set<String>> documented = new TreeMap<>();
        Matcher row = Pattern.compile("(?m)^\\| (\\*\\(none\\)\\* )?`([^`]*)` \\|").matcher(section);
        while (row.find()) {
            String usage = row.group(2);
            String command = row.group(1) != null ? "" : usage.split(" ")[0];
            Set<String> options = new TreeSet<>();
            Matcher option = Pattern.compile("--[a-z-]+").matcher(usage);
            while (option.find()) options.add(option.group());
            documented.put(command, options);
        }

        CommandLine program = PlenaryCommand.commandLine();
        Map<String, Set<String>> actual = new TreeMap<>();
        actual.put("", options(program));
        program.getSubcommands().forEach((name, sub) -> actual.put(name, options(sub)));
        assertEquals(actual, documented);
        assertTrue(section.contains("`--help` and `--verbose`"), "the options every command takes are said once");
    }

    private static Set<String> options(CommandLine command) {
        Set<String> names = new TreeSet<>();
        for (OptionSpec o : command.getCommandSpec().options())
            if (!EVERYWHERE.contains(o.longestName())) names.add(o.longestName());
        return names;
    }
}
