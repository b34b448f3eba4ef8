using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using QuoteSearch.Core.Attribution.Candidates;

namespace QuoteSearch.Training;

/// <summary>
/// Trains the speaker model: ML.NET FastTree, a binary classifier over candidates with Platt calibration, one
/// thread and a fixed seed so a rebuild gives the same model. Cross-validation keeps each article in one fold.
/// </summary>
internal sealed class ModelTrainer(int seed, int trees)
{
    private readonly MLContext context = new(seed);

    public IDataView Data(IReadOnlyList<TrainingRow> rows)
    {
        var schema = SchemaDefinition.Create(typeof(TrainingRow));
        schema[nameof(TrainingRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, CandidateFeatures.Count);
        return context.Data.LoadFromEnumerable(rows, schema);
    }

    private IEstimator<ITransformer> Trainer() => context.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
    {
        NumberOfTrees = trees,
        NumberOfLeaves = 16,
        MinimumExampleCountPerLeaf = 20,
        LearningRate = 0.15,
        NumberOfThreads = 1,
        Seed = seed,
        FeatureColumnName = nameof(TrainingRow.Features),
        LabelColumnName = nameof(TrainingRow.Label),
    });

    /// <summary>Every candidate scored by a model that did not see its article.</summary>
    public List<ScoredRow> CrossValidate(IDataView data, int folds)
    {
        var results = context.BinaryClassification.CrossValidate(
            data, Trainer(), folds, nameof(TrainingRow.Label), nameof(TrainingRow.Article), seed);
        return results.SelectMany(r => context.Data.CreateEnumerable<ScoredRow>(r.ScoredHoldOutSet, reuseRowObject: false)).ToList();
    }

    public ITransformer Fit(IDataView data) => Trainer().Fit(data);

    public void Save(ITransformer model, IDataView data, string path) => context.Model.Save(model, data.Schema, path);
}
