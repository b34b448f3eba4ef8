using System.CommandLine;
using QuoteSearch.Cli.Output;
using QuoteSearch.Core.Indexing;
using QuoteSearch.Core.Searching;

namespace QuoteSearch.Cli.Commands;

/// <summary><c>speakers</c>: the speaker directory with quote counts, aliases and first and last quote dates.</summary>
internal static class SpeakersCommand
{
    public static Command Create()
    {
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var prefix = new Option<string?>("--prefix") { Description = "Only speakers whose name has a word starting like this" };
        var type = new Option<string?>("--type") { Description = "Only one kind of speaker: person or organisation" };
        type.AcceptOnlyFromAmong("person", "organisation");
        var sort = new Option<SpeakerSort>("--sort")
        {
            Description = "Order: quotes (most first), name, or latest (most recently quoted first)",
        };
        var command = new Command("speakers", "List speakers with their quote counts") { index, json, prefix, type, sort };
        command.SetAction(result =>
        {
            var opened = QuoteIndex.Open(result.GetValue(index)!, writable: false);
            if (!opened.Success) return SearchCommand.Fail(opened.Error!);
            using var quoteIndex = opened.Value!;
            var request = new SpeakerListRequest
            {
                Prefix = result.GetValue(prefix), Type = result.GetValue(type), Sort = result.GetValue(sort), Limit = int.MaxValue,
            };
            var directory = Directories.Open(quoteIndex, result.GetValue(index)!);
            if (!directory.Success) return SearchCommand.Fail(directory.Error!);
            var speakers = SpeakerListing.List(directory.Value!, request).Speakers;
            if (result.GetValue(json))
            {
                using var output = new JsonLines(Console.OpenStandardOutput());
                foreach (var s in speakers)
                {
                    output.Record(("id", s.Id), ("name", s.Name), ("type", s.Type), ("quotes", s.Quotes), ("aliases", s.Aliases),
                        ("first", s.FirstQuote?.ToString("yyyy-MM-dd")), ("last", s.LastQuote?.ToString("yyyy-MM-dd")));
                }
                return 0;
            }
            foreach (var s in speakers)
            {
                var aliases = s.Aliases.Count == 0 ? "" : $"  also {string.Join("; ", s.Aliases)}";
                Console.WriteLine($"{s.Quotes,6}  {s.Name}  ({s.Id}){aliases}");
            }
            return 0;
        });
        return command;
    }
}
