using System.CommandLine;
using QuoteSearch.Cli.Output;
using QuoteSearch.Core.Reading;

namespace QuoteSearch.Cli.Commands;

/// <summary><c>parse</c>: one JSON line per article with its metadata and paragraphs.</summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var maxBytes = CommonOptions.MaxBytes();
        var command = new Command("parse", "Print each article's title, date, URL and paragraphs as JSON Lines") { paths, maxBytes };
        command.SetAction(result =>
        {
            var reader = ArticleFileReader.CreateDefault(new ReaderOptions { MaxBytes = result.GetValue(maxBytes) });
            var diagnostics = new Diagnostics();
            using var output = new JsonLines(Console.OpenStandardOutput());
            foreach (var outcome in reader.ReadAll(result.GetValue(paths)!))
            {
                if (diagnostics.Report(outcome)) output.Article(outcome.Article!);
            }
            return diagnostics.ExitCode;
        });
        return command;
    }
}
