using System.CommandLine;
using QuoteSearch.Cli.Output;
using QuoteSearch.Core.Indexing;
using QuoteSearch.Core.Searching;

namespace QuoteSearch.Cli.Commands;

/// <summary><c>speakers</c>: the speaker directory with quote counts.</summary>
internal static class SpeakersCommand
{
    public static Command Create()
    {
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var prefix = new Option<string?>("--prefix") { Description = "Only speakers whose name has a word starting like this" };
        var command = new Command("speakers", "List speakers with their quote counts") { index, json, prefix };
        command.SetAction(result =>
        {
            var opened = QuoteIndex.Open(result.GetValue(index)!, writable: false);
            if (!opened.Success) return SearchCommand.Fail(opened.Error!);
            using var quoteIndex = opened.Value!;
            var speakers = new SpeakerDirectory(quoteIndex).Find(result.GetValue(prefix), int.MaxValue);
            if (result.GetValue(json))
            {
                using var output = new JsonLines(Console.OpenStandardOutput());
                foreach (var s in speakers) output.Record(("id", s.Id), ("name", s.Name), ("quotes", s.Quotes));
                return 0;
            }
            foreach (var s in speakers) Console.WriteLine($"{s.Quotes,6}  {s.Name}  ({s.Id})");
            return 0;
        });
        return command;
    }
}
