using System.Text;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using QuoteSearch.Core.Attribution.Candidates;
using QuoteSearch.Core.Attribution.Choice;

namespace QuoteSearch.Core.Tests.Attribution.Choice;

/// <summary>The loading and scoring code of the speaker model, on a small model trained here from made-up rows.</summary>
public sealed class SpeakerModelTests
{
    private static readonly MLContext Context = new(seed: 7);

    /// <summary>A candidate row as ML.NET binds it; public because ML.NET reads it by reflection.</summary>
    public sealed class CandidateRow
    {
        public float[] Features { get; set; } = [];
        public bool Label { get; set; }
    }

    /// <summary>The prediction engine's answer, to compare against.</summary>
    public sealed class CandidateScore
    {
        public float Probability { get; set; }
    }

    /// <summary>A feature vector as long as the candidate features.</summary>
    private static SchemaDefinition Schema()
    {
        var schema = SchemaDefinition.Create(typeof(CandidateRow));
        schema[nameof(CandidateRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, CandidateFeatures.Count);
        return schema;
    }

    /// <summary>Rows whose label depends on two features, so the trees have real splits to walk.</summary>
    private static List<CandidateRow> Rows(int count, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ =>
        {
            var features = Enumerable.Range(0, CandidateFeatures.Count)
                .Select(_ => (float)Math.Round(random.NextDouble() * 4, 1))
                .ToArray();
            var label = features[0] + features[3] > 4 ^ random.NextDouble() < 0.1;
            return new CandidateRow { Features = features, Label = label };
        }).ToList();
    }

    private static (ITransformer Model, MemoryStream Zip) Trained()
    {
        var data = Context.Data.LoadFromEnumerable(Rows(600, 1), Schema());
        var trainer = Context.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = 20, NumberOfLeaves = 8, MinimumExampleCountPerLeaf = 5, NumberOfThreads = 1,
        });
        var model = trainer.Fit(data);
        var zip = new MemoryStream();
        Context.Model.Save(model, data.Schema, zip);
        zip.Position = 0;
        return (model, zip);
    }

    private static MemoryStream Settings(IReadOnlyList<string> features, double below = 0.4) =>
        new(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new SpeakerModelSettings(features, below, "test"))));

    [Fact]
    public void Scores_every_row_as_the_ML_NET_prediction_engine_does()
    {
        var (model, zip) = Trained();
        var loaded = SpeakerModel.Load(zip, Settings(CandidateFeatures.Names));
        var engine = Context.Model.CreatePredictionEngine<CandidateRow, CandidateScore>(model, inputSchemaDefinition: Schema());
        foreach (var row in Rows(200, 2))
        {
            Assert.Equal(engine.Predict(row).Probability, loaded.Probability(row.Features), 4);
        }
    }

    [Fact]
    public void Keeps_the_threshold_below_which_no_speaker_is_named()
    {
        var (_, zip) = Trained();
        Assert.Equal(0.4, SpeakerModel.Load(zip, Settings(CandidateFeatures.Names)).NoSpeakerBelow);
    }

    [Fact]
    public void Refuses_a_model_trained_on_other_features_and_says_what_to_run()
    {
        var (_, zip) = Trained();
        var error = Assert.Throws<InvalidDataException>(() => SpeakerModel.Load(zip, Settings(["some", "other", "columns"])));
        Assert.Contains("make train", error.Message);
    }

    [Fact]
    public void This_build_carries_a_model_for_its_own_features() => Assert.NotNull(SpeakerModel.Embedded);
}
