using System.CommandLine;
using QuoteSearch.Cli.Output;
using QuoteSearch.Core.Indexing;
using QuoteSearch.Core.Searching;

namespace QuoteSearch.Cli.Commands;

/// <summary><c>stats</c>: how many articles, quotes and speakers the index holds.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var command = new Command("stats", "Count the articles, quotes and speakers in the index") { index, json };
        command.SetAction(result =>
        {
            var opened = QuoteIndex.Open(result.GetValue(index)!, writable: false);
            if (!opened.Success) return SearchCommand.Fail(opened.Error!);
            using var quoteIndex = opened.Value!;
            var directory = Directories.Open(quoteIndex, result.GetValue(index)!);
            if (!directory.Success) return SearchCommand.Fail(directory.Error!);
            var stats = IndexStats.Of(quoteIndex, directory.Value!);
            if (result.GetValue(json))
            {
                using var output = new JsonLines(Console.OpenStandardOutput());
                output.Record(("articles", stats.Articles), ("quotes", stats.Quotes), ("speakers", stats.Speakers));
            }
            else
            {
                Console.WriteLine($"articles {stats.Articles:N0}\nquotes   {stats.Quotes:N0}\nspeakers {stats.Speakers:N0}");
            }
            return 0;
        });
        return command;
    }
}
