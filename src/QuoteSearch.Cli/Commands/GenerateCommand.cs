using System.CommandLine;
using QuoteSearch.Core.Synthetic;

namespace QuoteSearch.Cli.Commands;

/// <summary><c>generate</c>: write a deterministic synthetic corpus, for benchmarks and trying things out.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var articles = new Option<int>("--articles") { Description = "How many articles", DefaultValueFactory = _ => 1000 };
        var seed = new Option<int>("--seed")
        {
            Description = "Random seed; the same seed writes the same articles",
            DefaultValueFactory = _ => 1,
        };
        var output = new Option<string>("--out") { Description = "Folder to write into (created if missing)", Required = true };
        var format = new Option<string>("--format")
        {
            Description = "txt (one file an article) or jsonl (one feed file)",
            DefaultValueFactory = _ => "txt",
        };
        format.AcceptOnlyFromAmong("txt", "jsonl");
        var command = new Command("generate", "Write a synthetic news corpus (deterministic from --seed)")
        {
            articles, seed, output, format,
        };
        command.SetAction(result =>
        {
            var folder = result.GetValue(output)!;
            Directory.CreateDirectory(folder);
            var corpus = new SyntheticCorpus(result.GetValue(seed)).Articles(result.GetValue(articles));
            if (result.GetValue(format) == "jsonl")
            {
                using var feed = new StreamWriter(Path.Combine(folder, $"synthetic-{result.GetValue(seed)}.jsonl"));
                foreach (var item in corpus)
                {
                    var line = new { id = Path.GetFileNameWithoutExtension(item.FileName), url = item.Url, text = item.Text };
                    feed.WriteLine(System.Text.Json.JsonSerializer.Serialize(line));
                }
            }
            else
            {
                foreach (var item in corpus) File.WriteAllText(Path.Combine(folder, item.FileName), item.Text);
            }
            Console.Error.WriteLine($"wrote {result.GetValue(articles):N0} articles to {folder}");
            return 0;
        });
        return command;
    }
}
