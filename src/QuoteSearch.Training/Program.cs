using System.CommandLine;
using System.Text.Json;
using QuoteSearch.Core.Attribution.Candidates;
using QuoteSearch.Core.Attribution.Choice;
using QuoteSearch.Training;

// quotesearch-train: rebuilds the speaker model from PolNeAR train (../shared), prints cross-validated figures.
var shared = new Option<string>("--shared")
{
    Description = "The shared folder with corpus/ and eval/",
    DefaultValueFactory = _ => "../shared",
};
var output = new Option<string>("--out")
{
    Description = "Folder to write speaker-model.zip and speaker-model.json into",
    DefaultValueFactory = _ => "src/QuoteSearch.Core/Attribution/Choice",
};
var seed = new Option<int>("--seed") { Description = "Seed of the folds and the trees", DefaultValueFactory = _ => 1 };
// Each tree is walked for every candidate of every quote at extraction time: fewer trees keep extraction fast.
var trees = new Option<int>("--trees") { Description = "Boosted trees in the model", DefaultValueFactory = _ => 40 };
var folds = new Option<int>("--folds") { Description = "Cross-validation folds (articles kept whole)", DefaultValueFactory = _ => 5 };
// A missing speaker costs the reader a look at the source (-1 against a right name); a wrong one costs that look and
// may be repeated in print (-2). Naming pays when p - 2(1 - p) > -1, that is p > 1/3.
var noSpeakerBelow = new Option<double>("--no-speaker-below")
{
    Description = "Name no speaker when the best candidate's probability is below this",
    DefaultValueFactory = _ => 1.0 / 3,
};
var root = new RootCommand("Train the speaker model on PolNeAR train; never on the news pages or the cases, which are for checking")
{
    shared, output, seed, trees, folds, noSpeakerBelow,
};
root.SetAction(result =>
{
    var folder = result.GetValue(shared)!;
    var corpus = Path.Combine(folder, "corpus", "polnear", "train");
    var spans = Path.Combine(folder, "eval", "polnear-train.spans.jsonl");
    if (!Directory.Exists(corpus) || !File.Exists(spans))
    {
        Console.Error.WriteLine($"train: {folder} has no corpus/polnear/train or eval/polnear-train.spans.jsonl; nothing to train on");
        return 2;
    }
    var rows = CandidateHarvest.Rows(corpus, spans, Console.Error);
    var trainer = new ModelTrainer(result.GetValue(seed), result.GetValue(trees));
    var data = trainer.Data(rows);
    Console.WriteLine($"== {result.GetValue(folds)}-fold cross-validation on PolNeAR train (articles kept whole)");
    SetMetrics.Print(trainer.CrossValidate(data, result.GetValue(folds)), rows, Console.Out);
    var model = trainer.Fit(data);
    var target = result.GetValue(output)!;
    Directory.CreateDirectory(target);
    trainer.Save(model, data, Path.Combine(target, "speaker-model.zip"));
    var settings = new SpeakerModelSettings(CandidateFeatures.Names, result.GetValue(noSpeakerBelow),
        $"PolNeAR train, {rows.Count} candidates, seed {result.GetValue(seed)}");
    var json = JsonSerializer.Serialize(settings, new JsonSerializerOptions { WriteIndented = true });
    File.WriteAllText(Path.Combine(target, "speaker-model.json"), json);
    Console.WriteLine($"train: wrote {Path.Combine(target, "speaker-model.zip")}");
    return 0;
});
return root.Parse(args).Invoke();
