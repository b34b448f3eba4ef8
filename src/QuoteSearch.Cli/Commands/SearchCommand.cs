using System.CommandLine;
using QuoteSearch.Cli.Output;
using QuoteSearch.Core.Indexing;
using QuoteSearch.Core.Searching;
using QuoteSearch.Web.Models;

namespace QuoteSearch.Cli.Commands;

/// <summary><c>search</c>: full-text quote search from the terminal.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "Words, \"exact phrases\" (~N for slop), -exclusions, OR" };
        var speaker = new Option<string?>("--speaker")
        {
            Description = "Only quotes by this speaker: an id, a full name, a surname or a variant (several matches are listed, exit 1)",
        };
        var limit = new Option<int>("--limit") { Description = "How many results", DefaultValueFactory = _ => 10 };
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var command = new Command("search", "Search quotes in the index") { query, speaker, limit, index, json };
        command.SetAction(result =>
        {
            var opened = QuoteIndex.Open(result.GetValue(index)!, writable: false);
            if (!opened.Success) return Fail(opened.Error!);
            using var quoteIndex = opened.Value!;
            var withCorrections = Directories.Open(quoteIndex, result.GetValue(index)!);
            if (!withCorrections.Success) return Fail(withCorrections.Error!);
            var directory = withCorrections.Value!;
            var asked = result.GetValue(speaker);
            string? speakerId = null;
            if (!string.IsNullOrWhiteSpace(asked))
            {
                var match = directory.Match(asked);
                if (!match.Found) return SpeakerChoices.Fail(asked, match);
                speakerId = match.Speaker!.Id;
            }
            var request = new SearchRequest { Query = result.GetValue(query), Speaker = speakerId, Limit = result.GetValue(limit) };
            var page = new QuoteSearcher(quoteIndex, directory).Search(request);
            if (!page.Success) return Fail(page.Error!);
            if (result.GetValue(json))
            {
                using var output = new JsonLines(Console.OpenStandardOutput());
                foreach (var hit in page.Value!.Hits)
                {
                    output.Record(
                        ("article", hit.Article.Id), ("paragraph", Links.ParagraphNumber(hit.Paragraph)), ("quote", hit.Text),
                        ("speaker", hit.Speaker), ("speaker_id", hit.SpeakerId), ("kind", hit.Kind), ("title", hit.Article.Title),
                        ("published", hit.Article.Published));
                }
                return 0;
            }
            Console.WriteLine($"{page.Value!.Total} quotes");
            foreach (var hit in page.Value.Hits)
            {
                // A reported statement is the article's words, not the speaker's: no quote marks around it.
                Console.WriteLine(hit.Kind == "indirect" ? $"{hit.Text}" : $"“{hit.Text}”");
                Console.WriteLine($"    {hit.Kind} — {hit.Speaker ?? "(unattributed)"}, {hit.Article.Title ?? hit.Article.Id} "
                    + $"({hit.Article.Published ?? "undated"}), paragraph {Links.ParagraphNumber(hit.Paragraph)}");
            }
            return 0;
        });
        return command;
    }

    internal static int Fail(string message)
    {
        Console.Error.WriteLine($"error: {message}");
        return 1;
    }
}
