#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Drives segmenta-cli on the real datasets: import, segment, info --json, export, and the error paths
# (exit codes 2 and 3, project unchanged).
set -euo pipefail
cli=$1
data=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
check() { # description, then a command that must succeed
    local what=$1; shift
    if "$@"; then echo "ok   - $what"; else echo "FAIL - $what"; failures=$((failures + 1)); fi
}
expect_exit() { # expected code, description, command…
    local expected=$1 what=$2; shift 2
    local code=0
    "$@" >"$work/out" 2>"$work/err" || code=$?
    if [ "$code" -eq "$expected" ]; then echo "ok   - $what (exit $code)"; else
        echo "FAIL - $what: exit $code, expected $expected"; cat "$work/err"; failures=$((failures + 1)); fi
}
json() { /usr/bin/python3 -c "import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if ($2) else 1)" "$1"; }

# Wholesale customers: no id column, 440 customers, 8 integer columns.
p="$work/wholesale.segmenta"
expect_exit 0 "import wholesale" "$cli" import --project "$p" --file "$data/wholesale_customers/Wholesale customers data.csv" --json
check "import --json reports 440 customers and 8 columns" json "$work/out" "d['customers']==440 and len(d['columns'])==8 and d['id_column'] is None"
expect_exit 0 "segment wholesale k=4" "$cli" segment --project "$p" --columns Fresh,Milk,Grocery,Frozen,Detergents_Paper,Delicassen --k 4 --seed 3 --name "Spend" --json
check "segment --json: 4 segments adding up to 440" json "$work/out" "d['k']==4 and sum(s['size'] for s in d['segments'])==440 and d['converged']"
expect_exit 0 "info --json" "$cli" info --project "$p" --json
check "info --json reports customers, typed columns and the segmentation" json "$work/out" \
    "d['customers']==440 and d['columns'][2]=={'name':'Fresh','type':'integer','missing':0,'family':'other','origin':'file','value_kind':'integer'} and [s['name'] for s in d['segmentations']]==['Spend'] and d['segmentations'][0]['k']==4"
expect_exit 0 "export members" "$cli" export --project "$p" --out "$work/members.csv"
check "export writes a header and 440 rows" test "$(wc -l <"$work/members.csv")" -eq 441
check "export header starts with id, segment, segment name" grep -q '^customer_id,segment,segment_name,Channel,' "$work/members.csv"
# Excel export of chosen columns (format from the extension), read back by the xlsx import.
expect_exit 0 "export chosen columns as xlsx" "$cli" export --project "$p" --out "$work/members.xlsx" --columns segment,customer_id,Fresh,segment_name
expect_exit 0 "the xlsx export imports again" "$cli" import --project "$work/reread.segmenta" --file "$work/members.xlsx" --json
check "xlsx export: 440 customers, the chosen columns in order, numbers as numbers" json "$work/out" \
    "d['customers']==440 and d['id_column']=='customer_id' and [c['name'] for c in d['columns']]==['segment','Fresh','segment_name'] and [c['type'] for c in d['columns']]==['integer','integer','text']"
expect_exit 0 "export one segment as csv by --format" "$cli" export --project "$p" --out "$work/segment1.dat" --format csv --segment 1 --columns customer_id,segment
check "--segment 1 writes only segment 1's members" test "$(cut -d, -f2 "$work/segment1.dat" | sort -u | tr '\n' ' ')" = "1 segment "
expect_exit 2 "export --format ods is a usage error" "$cli" export --project "$p" --out "$work/x.ods" --format ods
expect_exit 3 "export of an unknown column is bad input" "$cli" export --project "$p" --out "$work/x.xlsx" --columns 'customer_id,"; DROP TABLE x; --'
check "a refused export leaves no file" test ! -e "$work/x.xlsx"

# Mall customers: a real id column with zero padding, one text column.
m="$work/mall.segmenta"
expect_exit 0 "import mall customers" "$cli" import --project "$m" --file "$data/mall_customers/Mall_Customers.csv" --json
check "mall: id column found, Genre is text" json "$work/out" "d['id_column']=='CustomerID' and d['columns'][0]['type']=='text'"
expect_exit 0 "segment mall on income and score" "$cli" segment --project "$m" --columns "Annual Income (k\$),Spending Score (1-100)" --k 5 --json
check "mall: 200 members" json "$work/out" "d['members']==200"
expect_exit 0 "export mall" "$cli" export --project "$m" --out "$work/mall.csv"
check "mall ids keep their zeros" grep -q '^0001,' "$work/mall.csv"

# Hierarchical segments: exact agglomeration below 30,000 customers, the method named in the JSON.
expect_exit 0 "segment mall hierarchically (average linkage)" "$cli" segment --project "$m" --columns "Annual Income (k\$),Spending Score (1-100)" --k 5 --method hierarchical --linkage average --name "Average linkage" --json
check "hierarchical: method, 5 segments of 200 customers, sizes by size" json "$work/out" \
    "d['method']=='hierarchical-average' and sum(s['size'] for s in d['segments'])==200 and [s['size'] for s in d['segments']]==sorted([s['size'] for s in d['segments']], reverse=True)"
# The merge tree is stored with every hierarchical segmentation: read it, cut it again by k or height.
expect_exit 0 "segment mall with Ward" "$cli" segment --project "$m" --columns "Annual Income (k\$),Spending Score (1-100)" --k 5 --method hierarchical --name "Ward" --json
expect_exit 0 "dendrogram --json" "$cli" dendrogram --project "$m" --segmentation "Ward" --json
check "dendrogram --json: 199 merges of 200 customers, heights non-decreasing, ids as scipy's" json "$work/out" \
    "d['segmentation']=='Ward' and d['method']=='hierarchical-ward' and d['k']==5 and d['leaf_kind']=='customers' and d['leaves']==200 and d['customers']==200 and len(d['merges'])==199 and all(a['height']<=b['height'] for a,b in zip(d['merges'],d['merges'][1:])) and d['merges'][-1]['size']==200 and all(m['left']<200+i and m['right']<200+i for i,m in enumerate(d['merges'])) and set(d['merges'][0])=={'left','right','height','size'} and 'leaf_sizes' not in d"
three=$(/usr/bin/python3 -c "import json,sys; m=json.load(open(sys.argv[1]))['merges']; print(repr((m[-3]['height']+m[-2]['height'])/2))" "$work/out")
expect_exit 0 "recut Ward at k=6" "$cli" recut --project "$m" --segmentation "Ward" --k 6 --json
check "recut --json: a new segmentation of 6, matched to Ward, names carried over" json "$work/out" \
    "d['name']=='Ward (6 segments)' and d['source']=='Ward' and d['method']=='hierarchical-ward' and d['k']==6 and d['members']==200 and sum(s['size'] for s in d['segments'])==200 and d['matching']['matched_to']=='Ward' and len(d['matching']['kept'])==5 and 'height' not in d"
expect_exit 0 "recut Ward at a height" "$cli" recut --project "$m" --segmentation "Ward" --height "$three" --name "Ward at height" --json
check "recut --height: 3 segments, the height echoed" json "$work/out" "d['name']=='Ward at height' and d['k']==3 and abs(d['height']-$three)<1e-12"
expect_exit 0 "segment with --cut-height" "$cli" segment --project "$m" --columns "Annual Income (k\$),Spending Score (1-100)" --method hierarchical --cut-height "$three" --name "Cut by height" --json
check "segment --cut-height: k chosen by the height" json "$work/out" "d['k']==3 and d['method']=='hierarchical-ward'"
expect_exit 0 "dendrogram (text)" "$cli" dendrogram --project "$m" --segmentation "Ward at height"
check "dendrogram text names the segmentation" grep -q "Dendrogram of 'Ward at height'" "$work/out"
expect_exit 3 "recut at k=51" "$cli" recut --project "$m" --segmentation "Ward" --k 51
check "recut k out of range names the range" grep -q "2..50" "$work/err"
expect_exit 3 "recut above the top merge" "$cli" recut --project "$m" --segmentation "Ward" --height 1000000
expect_exit 3 "dendrogram of a k-means segmentation" "$cli" dendrogram --project "$m" --segmentation "Segmentation 1" --json
check "dendrogram of k-means: invalid_parameter, said plainly" json "$work/out" \
    "d['error']['code']=='invalid_parameter' and 'only for hierarchical segmentations' in d['error']['message']"
expect_exit 2 "recut without --k or --height" "$cli" recut --project "$m" --segmentation "Ward"
expect_exit 2 "--cut-height without --method hierarchical" "$cli" segment --project "$m" --columns Age --cut-height 2
expect_exit 2 "--linkage without --method hierarchical" "$cli" segment --project "$m" --columns Age --k 3 --linkage ward
expect_exit 2 "unknown --method" "$cli" segment --project "$m" --columns Age --k 3 --method dbscan

# Gaussian mixture and mini-batch k-means: stored like k-means, with their own JSON fields.
expect_exit 0 "segment mall with a Gaussian mixture" "$cli" segment --project "$m" --columns "Annual Income (k\$),Spending Score (1-100)" --k 5 --method gmm --n-init 3 --name "Mixture" --json
check "gmm: method, full covariance, BIC = -2 LL + 29 ln 200, 200 members" json "$work/out" \
    "d['method']=='gmm' and d['covariance']=='full' and abs(d['bic'] - (-2*d['log_likelihood'] + 29*__import__('math').log(200))) < 1e-6 and sum(s['size'] for s in d['segments'])==200"
expect_exit 0 "export the mixture" "$cli" export --project "$m" --segmentation "Mixture" --out "$work/mixture.csv"
check "export of a mixture adds segment_probability" grep -q '^CustomerID,segment,segment_name,segment_probability,' "$work/mixture.csv"
expect_exit 0 "segment mall with a diagonal mixture" "$cli" segment --project "$m" --columns "Annual Income (k\$),Spending Score (1-100)" --k 5 --method gmm --covariance diag --json
check "gmm --covariance diag is reported" json "$work/out" "d['covariance']=='diag' and 'batch_size' not in d"
expect_exit 0 "segment mall with mini-batch k-means" "$cli" segment --project "$m" --columns "Annual Income (k\$),Spending Score (1-100)" --k 5 --method minibatch --batch-size 100 --json
check "minibatch: method and batch size, no BIC" json "$work/out" "d['method']=='minibatch' and d['batch_size']==100 and 'bic' not in d and sum(s['size'] for s in d['segments'])==200"
expect_exit 0 "info shows the mixture's BIC" "$cli" info --project "$m" --json
check "info --json: bic for gmm only" json "$work/out" "[('bic' in s) for s in d['segmentations']].count(True)==2"
expect_exit 2 "--covariance without --method gmm" "$cli" segment --project "$m" --columns Age --k 3 --covariance diag
expect_exit 2 "--batch-size without --method minibatch" "$cli" segment --project "$m" --columns Age --k 3 --batch-size 10
expect_exit 2 "an unknown covariance" "$cli" segment --project "$m" --columns Age --k 3 --method gmm --covariance spherical
expect_exit 3 "a batch size of 0" "$cli" segment --project "$m" --columns Age --k 3 --method minibatch --batch-size 0

# Maps: t-SNE of the newest segmentation, stored as its map; PCA again on demand.
expect_exit 0 "t-SNE map of the mall segmentation" "$cli" project --project "$m" --method tsne --perplexity 20 --seed 1 --json
check "project --json: t-SNE of 200 customers with an exact KL" json "$work/out" \
    "d['method']=='tsne' and d['points']==200 and d['kl_method']=='exact' and 0 < d['kl_divergence'] < 2 and d['gradient']=='barnes_hut'"
expect_exit 0 "t-SNE map with the FFT gradient" "$cli" project --project "$m" --method tsne --perplexity 20 --seed 1 --gradient fft --json
check "project --json: --gradient fft is used and reported" json "$work/out" \
    "d['gradient']=='fft' and d['points']==200 and 0 < d['kl_divergence'] < 2"
expect_exit 2 "an unknown gradient" "$cli" project --project "$m" --gradient exact
expect_exit 3 "a perplexity too large for 200 customers" "$cli" project --project "$m" --perplexity 500
expect_exit 2 "an unknown projection method" "$cli" project --project "$m" --method umap

# Choosing k: the known Mall answer, and nothing written.
cp "$m" "$work/mall-before.segmenta"
expect_exit 0 "choose-k on mall" "$cli" choose-k --project "$m" --columns "Annual Income (k\$),Spending Score (1-100)" --k-range 2..8 --json
check "choose-k recommends 5 with a reason and scores for k=2..8" json "$work/out" \
    "d['recommended_k']==5 and '5 segments' in d['reason'] and [s['k'] for s in d['scores']]==list(range(2,9))"
check "choose-k leaves the project unchanged" cmp -s "$m" "$work/mall-before.segmenta"
expect_exit 0 "choose-k by BIC on mall" "$cli" choose-k --project "$m" --columns "Annual Income (k\$),Spending Score (1-100)" --k-range 2..8 --method gmm --json
check "choose-k --method gmm: a BIC per k, the lowest recommended" json "$work/out" \
    "d['method']=='gmm' and d['recommended_k']==min(d['scores'], key=lambda s: s['bic'])['k'] and 'lowest BIC' in d['reason']"
expect_exit 2 "choose-k --method hierarchical" "$cli" choose-k --project "$m" --columns Age --method hierarchical
expect_exit 2 "choose-k with a malformed range" "$cli" choose-k --project "$m" --columns Age --k-range 2-8
expect_exit 3 "choose-k on a text column" "$cli" choose-k --project "$m" --columns Genre

# Criteria sets: a preview changes nothing, --save stores the set, segment --criteria uses it (a file is
# checked and saved first), bad sets are refused with the JSON path, --columns and --criteria exclude each other.
cat >"$work/mall-criteria.json" <<'JSON'
{"format": "segmenta.criteria/1", "name": "Mall mixed", "variables": [
  {"name": "Age", "column": "Age"},
  {"name": "Income", "column": "Annual Income (k$)", "transform": "log1p", "weight": 1.5},
  {"name": "Score per year", "expression": "[Spending Score (1-100)] / Age", "transform": "robust"},
  {"name": "Gender", "column": "Genre", "kind": "categorical", "weight": 0.5}]}
JSON
cp "$m" "$work/mall-before-criteria.segmenta"
expect_exit 0 "criteria preview of a file" "$cli" criteria --project "$m" --file "$work/mall-criteria.json" --bins 5 --json
check "criteria --json: 200 used, 5 matrix columns, Gender levels, histograms with 5 bins" json "$work/out" \
    "d['used']==200 and d['dropped']==0 and d['matrix_columns']==5 and [l['level'] for l in d['variables'][3]['levels']]==['Female','Male'] and len(d['variables'][1]['histogram_after']['counts'])==5 and not d['saved']"
check "criteria preview leaves the project unchanged" cmp -s "$m" "$work/mall-before-criteria.segmenta"
expect_exit 0 "segment mall on the criteria file" "$cli" segment --project "$m" --criteria "$work/mall-criteria.json" --k 4 --name "From criteria" --json
check "segment --criteria: expanded columns, 200 members" json "$work/out" \
    "d['columns']==['Age','Income','Score per year','Gender = Female','Gender = Male'] and d['members']==200"
expect_exit 0 "segment mall on the saved criteria set by name" "$cli" segment --project "$m" --criteria "Mall mixed" --k 3 --json
printf '{"name": "Bad", "variables": [{"column": "Age", "weight": 9}]}' >"$work/bad-criteria.json"
expect_exit 3 "a criteria weight above 5 is refused" "$cli" criteria --project "$m" --file "$work/bad-criteria.json" --json
check "the error names the JSON path" json "$work/out" "d['error']['code']=='invalid_parameter' and '\$.variables[0].weight' in d['error']['message']"
expect_exit 3 "an unknown criteria set" "$cli" segment --project "$m" --criteria "No such set" --k 3
expect_exit 2 "--columns and --criteria together" "$cli" segment --project "$m" --columns Age --criteria "Mall mixed" --k 3

# Maps and segment counts on a criteria set: the set's matrix, built as segment --criteria builds it.
expect_exit 0 "PCA map of a columns segmentation on the criteria set" "$cli" project --project "$m" --segmentation "Average linkage" --method pca --criteria "Mall mixed" --json
check "project --criteria: 200 points on the set, none left out" json "$work/out" \
    "d['criteria']=='Mall mixed' and d['points']==200 and d['left_out']==0 and len(d['explained_variance_ratio'])==2"
cp "$work/out" "$work/map-on-set.json"
expect_exit 0 "PCA map of the set's own segmentation" "$cli" project --project "$m" --segmentation "From criteria" --method pca --json
check "the same matrix gives the same axes" /usr/bin/python3 -c "import json,sys; a=json.load(open(sys.argv[1])); b=json.load(open(sys.argv[2])); sys.exit(0 if b['criteria'] is None and all(abs(x-y)<1e-12 for x,y in zip(a['explained_variance_ratio'],b['explained_variance_ratio'])) else 1)" "$work/map-on-set.json" "$work/out"
expect_exit 3 "project on an unknown criteria set" "$cli" project --project "$m" --method pca --criteria "No such set"
cat >"$work/mall-zscored.json" <<'JSON'
{"format": "segmenta.criteria/1", "name": "Income and score", "variables": [
  {"name": "Income", "column": "Annual Income (k$)"}, {"name": "Score", "column": "Spending Score (1-100)"}]}
JSON
expect_exit 0 "choose-k on a criteria file of the two z-scored columns" "$cli" choose-k --project "$m" --criteria "$work/mall-zscored.json" --k-range 2..8 --json
check "choose-k --criteria: the columns' answer (5), 200 members, the set named" json "$work/out" \
    "d['recommended_k']==5 and d['members']==200 and d['criteria']=='Income and score' and [s['k'] for s in d['scores']]==list(range(2,9))"
expect_exit 0 "choose-k on the saved mixed set" "$cli" choose-k --project "$m" --criteria "Mall mixed" --k-range 2..5 --stability-runs 0 --json
check "choose-k on the mixed set scores k=2..5" json "$work/out" "[s['k'] for s in d['scores']]==[2,3,4,5] and d['members']==200"
expect_exit 2 "choose-k with --columns and --criteria" "$cli" choose-k --project "$m" --columns Age --criteria "Mall mixed"
expect_exit 2 "choose-k with neither --columns nor --criteria" "$cli" choose-k --project "$m"
expect_exit 3 "choose-k on an unknown criteria set" "$cli" choose-k --project "$m" --criteria "No such set"

# Transaction logs: Online Retail (rows without a CustomerID stop the import by default, with the place;
# --on-error skip lists them), RFM features, the same file refused twice, lifetime value, segmenting on it.
t="$work/retail.segmenta"
retail="$data/online_retail/online_retail_sample.csv"
expect_exit 3 "transactions with missing customer ids stop by default" "$cli" import --project "$t" --file "$retail" --kind transactions --json
check "the stop names line 208, column 7, and no project is left behind" json "$work/out" \
    "d['error']['code']=='missing_customer_id' and d['error']['line']==208 and d['error']['column']==7"
check "no project file after the failed first import" test ! -e "$t"
expect_exit 0 "import online retail transactions, skipping rows without a customer" "$cli" import --project "$t" --file "$retail" --kind transactions --on-error skip --json
check "transactions --json: counts, roles, dates and RFM columns" json "$work/out" \
    "d['rows_read']==38966 and d['rows_skipped']==2588 and d['rows_imported']==36378 and d['customers']==445 and len(d['skipped'])==100 and d['skipped'][0]['line']==208 and {c['name']:c['role'] for c in d['columns']}['InvoiceDate']=='date' and d['analysis_date']=='2011-12-10' and [c['name'] for c in d['derived_columns']][:3]==['Recency (days)','Frequency (orders)','Monetary (net)'] and len(d['sha256'])==64"
cp "$t" "$work/retail-before.segmenta"
expect_exit 3 "the same transaction file twice is refused" "$cli" import --project "$t" --file "$retail" --kind transactions --on-error skip --json
check "duplicate_import, project unchanged" json "$work/out" "d['error']['code']=='duplicate_import'"
check "project unchanged after the duplicate import" cmp -s "$t" "$work/retail-before.segmenta"
expect_exit 2 "--date on a customer table is a usage error" "$cli" import --project "$work/x.segmenta" --file "$retail" --date InvoiceDate
expect_exit 2 "a bad --date-format is a usage error" "$cli" import --project "$work/x.segmenta" --file "$retail" --kind transactions --date-format YY
expect_exit 0 "clv on online retail" "$cli" clv --project "$t" --json
check "clv --json: BG/NBD parameters and the stored value columns (CLV range when the Hessian allows)" json "$work/out" \
    "d['model']=='bgnbd' and set(d['purchase_parameters'])=={'r','alpha','a','b'} and [c['name'] for c in d['columns']][:4]==['P(alive)','Expected purchases (12 months)','Expected order value','CLV (12 months)'] and [c['name'] for c in d['columns']][4:]==(['CLV low (5%)','CLV high (95%)'] if d['clv_range']['available'] else []) and all(c['origin']=='model' and c['family']=='value' for c in d['columns'])"
expect_exit 0 "segment on RFM and CLV columns" "$cli" segment --project "$t" --columns "Recency (days),Frequency (orders),Monetary (net),CLV (12 months)" --k 4 --json
check "segment on derived columns: every customer with a purchase is a member" json "$work/out" "d['members']==442"

# RFM: the default map, a written and re-read map with a gap and an overlap, errors that name the JSON path.
expect_exit 0 "rfm on online retail" "$cli" rfm --project "$t" --write-map "$work/rf11.json" --json
check "rfm --json: 442 scored, 25 cells, 11 segments and Other adding up, complete coverage, F1 tie noted" json "$work/out" \
    "d['scored']==442 and d['analysis_date']=='2011-12-10' and len(d['grid'])==25 and sum(c['customers'] for c in d['grid'])==442 and len(d['segments'])==12 and sum(s['customers'] for s in d['segments'])==442 and d['coverage']['complete'] and d['dimensions']['frequency']['ties'][0]['score']==1 and d['dimensions']['recency']['bands'][4]['text'].startswith('R5 = last purchase') and [c['name'] for c in d['columns']]==['R score','F score','M score','RFM cell']"
/usr/bin/python3 -c "import json,sys; d=json.load(open(sys.argv[1])); d['segments'][0]['cells']=[{'r':[4,5],'f':[4,5]}]; d['segments'].pop(); json.dump(d,open(sys.argv[2],'w'))" "$work/rf11.json" "$work/gap.json"
expect_exit 0 "rfm with a map that has a gap and an overlap" "$cli" rfm --project "$t" --map "$work/gap.json" --name "RFM gap" --json
check "rfm coverage: Lost's cells unassigned, R4F4 in two segments, Other customers counted" json "$work/out" \
    "d['coverage']['unassigned_cells']==['R1F2','R1F1'] and d['coverage']['overlaps'][0]['segments']==['champions','loyal_customers'] and d['coverage']['other_customers']>0 and not d['coverage']['complete']"
cp "$t" "$work/retail-before-rfm.segmenta"
/usr/bin/python3 -c "import json,sys; d=json.load(open(sys.argv[1])); d['segments'][1]['cells'][0]['f']=[0,5]; json.dump(d,open(sys.argv[2],'w'))" "$work/rf11.json" "$work/bad.json"
expect_exit 3 "rfm with a score out of range in the map" "$cli" rfm --project "$t" --map "$work/bad.json" --json
check "the error names the JSON path; project unchanged" json "$work/out" "d['error']['code']=='invalid_parameter' and \"'\$.segments[1].cells[0].f'\" in d['error']['message']"
check "project unchanged after the refused map" cmp -s "$t" "$work/retail-before-rfm.segmenta"
expect_exit 2 "rfm with an unknown preset" "$cli" rfm --project "$t" --preset nope
expect_exit 3 "rfm on a project without transactions" "$cli" rfm --project "$m"
# Rule segments: counts only (project unchanged), an error naming the JSON path, a saved dynamic set.
rules="$(cd "$(dirname "$0")/../.." && pwd)/resources/sample/rules_online_retail.json"
cp "$t" "$work/retail-rules-before.segmenta"
expect_exit 0 "rules: counts of the sample rule set" "$cli" rules --project "$t" --file "$rules" --json
check "rules --json: each customer assigned once, a 4x4 overlap, nothing saved" json "$work/out" \
    "sum(s['assigned'] for s in d['segments'])+d['in_none']==d['customers']==445 and len(d['overlap'])==4 and d['saved'] is None"
check "rules without --save leaves the project unchanged" cmp -s "$t" "$work/retail-rules-before.segmenta"
printf '{"segments": [{"name": "A", "match": {"all": [{"column": "Recency (days)", "op": "betwen", "value": [1, 9]}]}}]}' >"$work/bad-rules.json"
expect_exit 3 "rules: a misspelt operator is refused" "$cli" rules --project "$t" --file "$work/bad-rules.json" --save Bad
check "the error names the JSON path and lists the operators" grep -q "'segments\[0\].match.all\[0\].op' is \"betwen\", but must be an operator: between" "$work/err"
check "project unchanged after the refused rule set" cmp -s "$t" "$work/retail-rules-before.segmenta"
expect_exit 0 "rules --save stores the segments" "$cli" rules --project "$t" --file "$rules" --save "Rule segments" --json
check "saved: method rules, every customer in a segment (Other included)" json "$work/out" \
    "d['saved']['method']=='rules' and d['saved']['members']==445"
expect_exit 0 "rules --refresh re-evaluates the dynamic set" "$cli" rules --project "$t" --refresh "Rule segments" --json
check "rules --refresh: refreshed" json "$work/out" "d['saved']['refreshed'] and d['mode']=='dynamic'"
expect_exit 2 "rules needs --file or --refresh" "$cli" rules --project "$t"

# CDNOW: compact dates (YYYYMMDD), the published BG/NBD through the CLI.
c="$work/cdnow.segmenta"
expect_exit 0 "import the CDNOW log" "$cli" import --project "$c" --file "$data/cdnow/cdnowElog.csv" --kind transactions --id masterid --amount sales --quantity cds --json
check "CDNOW: 2,357 customers, compact dates" json "$work/out" "d['customers']==2357 and d['date_format']=='YYYYMMDD'"
expect_exit 0 "clv on CDNOW with the papers' calibration period" "$cli" clv --project "$c" --calibration-end 1997-09-30 --json
check "CDNOW BG/NBD: r, alpha, a, b and LL as published" json "$work/out" \
    "abs(d['purchase_parameters']['r']['value']-0.243)<5e-4 and abs(d['purchase_parameters']['alpha']['value']-4.414)<5e-4 and abs(d['purchase_parameters']['a']['value']-0.793)<5e-4 and abs(d['purchase_parameters']['b']['value']-2.426)<5e-4 and abs(d['purchase_log_likelihood']+9582.4)<0.05"
expect_exit 3 "clv on a project without transactions" "$cli" clv --project "$m"
expect_exit 0 "clv on CDNOW with ranges, tiers and the at-risk list" "$cli" clv --project "$c" --calibration-end 1997-09-30 --bootstrap 50 --seed 5 --tiers --at-risk-limit 3 --json
cp "$work/out" "$work/clv-seed5.json"
check "clv --json: range holds the total, 4 tiers of 2,357 stored as a segmentation, 3 at-risk listed, 78 tracking weeks" json "$work/out" \
    "d['clv_range']['available'] and d['clv_range']['total_low']<d['total_clv']<d['clv_range']['total_high'] and sum(t['customers'] for t in d['tiers'])==2357 and d['tier_segmentation']=='CLV tiers (12 months)' and len(d['at_risk']['customers'])==3 and d['at_risk']['count']>=3 and len(d['diagnostics']['tracking'])==78 and d['diagnostics']['tracking'][-1]['actual']==4339 and len(d['diagnostics']['conditional_expectations'])==8 and d['data_warnings']==[]"
expect_exit 0 "clv again with the same seed" "$cli" clv --project "$c" --calibration-end 1997-09-30 --bootstrap 50 --seed 5 --json
check "the same seed gives the same CLV range" /usr/bin/python3 -c "import json,sys; a=json.load(open(sys.argv[1])); b=json.load(open(sys.argv[2])); sys.exit(0 if a['clv_range']==b['clv_range'] else 1)" "$work/clv-seed5.json" "$work/out"
expect_exit 0 "clv with stricter at-risk thresholds" "$cli" clv --project "$c" --calibration-end 1997-09-30 --bootstrap 0 --at-risk-value-share 0.05 --at-risk-max-alive 0.2 --at-risk-limit 1000 --json
check "clv --at-risk-value-share/--at-risk-max-alive: rule echoed, fewer than the default 140, every listed P(alive) < 0.2" json "$work/out" \
    "d['at_risk']['rule']=={'value_share':0.05,'max_alive_probability':0.2} and 0<d['at_risk']['count']<140 and len(d['at_risk']['customers'])==d['at_risk']['count'] and all(c['p_alive']<0.2 for c in d['at_risk']['customers'])"
expect_exit 2 "clv --at-risk-max-alive must be in (0, 1]" "$cli" clv --project "$c" --at-risk-max-alive 1.5
expect_exit 2 "clv --at-risk-value-share must be in (0, 1]" "$cli" clv --project "$c" --at-risk-value-share 0
expect_exit 2 "clv --bootstrap takes a number" "$cli" clv --project "$c" --bootstrap many
expect_exit 3 "clv --bootstrap 5 is too few draws" "$cli" clv --project "$c" --bootstrap 5

# Stable segment identity: a re-run matched to an earlier segmentation keeps its segments' names; customers
# who arrive later are assigned to the stored segments without recomputing them.
expect_exit 0 "re-run the mall segmentation with k=6, matched to the first" "$cli" segment --project "$m" --columns "Annual Income (k\$),Spending Score (1-100)" --k 6 --seed 9 --name "Rerun" --match-to "Segmentation 1" --json
check "segment --match-to: 5 kept under their old names, one new segment split off or appeared, sentences" json "$work/out" \
    "d['matching']['matched_to']=='Segmentation 1' and len(d['matching']['kept'])==5 and len(d['matching']['split'])+len(d['matching']['appeared'])==1 and d['matching']['vanished']==[] and d['matching']['basis']=='overlap' and all(k['name']==('Segment %d' % k['previous_number']) for k in d['matching']['kept']) and len(d['matching']['sentences'])>=6"
expect_exit 0 "info after the re-run" "$cli" info --project "$m" --json
check "info --json: the re-run names what it was matched to; k-means on columns is assignable, a criteria set's is not" json "$work/out" \
    "[s['matched_to'] for s in d['segmentations'] if s['name']=='Rerun']==['Segmentation 1'] and [s['assignable'] for s in d['segmentations'] if s['name'] in ('Segmentation 1','From criteria')]==[True,False]"
expect_exit 3 "--match-to an unknown segmentation" "$cli" segment --project "$m" --columns Age --k 3 --match-to "No such"
head -n 3001 "$data/cdnow/cdnowElog.csv" >"$work/cdnow-first.csv"
{ head -n 1 "$data/cdnow/cdnowElog.csv"; tail -n +3002 "$data/cdnow/cdnowElog.csv"; } >"$work/cdnow-later.csv"
a="$work/assign.segmenta"
expect_exit 0 "import the first 3,000 CDNOW lines" "$cli" import --project "$a" --file "$work/cdnow-first.csv" --kind transactions --id masterid --amount sales --quantity cds
expect_exit 0 "segment them on recency, frequency and spend" "$cli" segment --project "$a" --columns "Recency (days),Frequency (orders),Monetary (net)" --k 4 --name "First customers" --json
cp "$work/out" "$work/first-segments.json"
expect_exit 0 "draw a t-SNE map of the first customers" "$cli" project --project "$a" --segmentation "First customers" --method tsne --iterations 300 --json
points() { # the newest map's points of project $1 as "row x y" lines, read as another program would
    /usr/bin/python3 -c "
import sqlite3,sys
db=sqlite3.connect(sys.argv[1])
for r in db.execute('SELECT customer_row,x,y FROM projection_points WHERE projection_id=(SELECT max(id) FROM projections) ORDER BY customer_row'): print('%d %r %r' % r)" "$1"
}
points "$a" >"$work/first-points.txt"
expect_exit 0 "import the rest of the log (new customers)" "$cli" import --project "$a" --file "$work/cdnow-later.csv" --kind transactions --id masterid --amount sales --quantity cds --json
cp "$work/out" "$work/later-import.json"
expect_exit 0 "assign the new customers" "$cli" assign --project "$a" --segmentation "First customers" --json
check "assign --json: every new customer assigned, per-segment counts add up, members kept" /usr/bin/python3 -c "
import json,sys
d=json.load(open(sys.argv[1])); first=json.load(open(sys.argv[2])); later=json.load(open(sys.argv[3]))
ok = d['assigned']==later['new_customers']>0 and d['skipped_count']==0 and d['already_members']==first['members']
ok = ok and sum(s['assigned'] for s in d['segments'])==d['assigned'] and sum(s['size'] for s in d['segments'])==first['members']+d['assigned']
sys.exit(0 if ok else 1)" "$work/out" "$work/first-segments.json" "$work/later-import.json"
expect_exit 0 "assign again: nobody left" "$cli" assign --project "$a" --segmentation "First customers" --json
check "a second assign finds no new customer" json "$work/out" "d['assigned']==0"
cp "$work/out" "$work/assign-again.json"
expect_exit 0 "place the new members on the t-SNE map" "$cli" place --project "$a" --segmentation "First customers" --json
check "place --json: every new customer placed on the t-SNE map, nobody left out" /usr/bin/python3 -c "
import json,sys
d=json.load(open(sys.argv[1])); later=json.load(open(sys.argv[2])); first=json.load(open(sys.argv[3]))
ok = set(d)=={'segmentation','map','placed','already_placed','left_out','seconds'} and d['map']=='tsne'
ok = ok and d['placed']==later['new_customers'] and d['already_placed']==first['members'] and d['left_out']==0 and d['seconds']>=0
sys.exit(0 if ok else 1)" "$work/out" "$work/later-import.json" "$work/first-segments.json"
points "$a" >"$work/all-points.txt"
check "after place every member has a point" test "$(wc -l <"$work/all-points.txt")" -eq "$(/usr/bin/python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['already_members'])" "$work/assign-again.json")"
check "the first customers' points did not move" /usr/bin/python3 -c "
import sys
first=open(sys.argv[1]).read().split(chr(10)); now=set(open(sys.argv[2]).read().split(chr(10)))
sys.exit(0 if len(first)>100 and all(line in now for line in first) else 1)" "$work/first-points.txt" "$work/all-points.txt"
expect_exit 0 "place again: nobody left" "$cli" place --project "$a" --json
check "a second place finds nobody without a point" json "$work/out" "d['placed']==0 and d['segmentation']=='First customers'"
expect_exit 3 "place on a segmentation made from a criteria set is refused" "$cli" place --project "$m" --segmentation "From criteria" --json
check "the refusal says why" json "$work/out" "d['error']['code']=='invalid_parameter' and 'numeric columns' in d['error']['message']"
expect_exit 3 "assign to a segmentation made from a criteria set is refused" "$cli" assign --project "$m" --segmentation "From criteria" --json
check "the refusal says why" json "$work/out" "d['error']['code']=='invalid_parameter' and 'k-means or hierarchical' in d['error']['message']"
expect_exit 3 "assign to an unknown segmentation" "$cli" assign --project "$a" --segmentation "Nope"
expect_exit 2 "assign needs --segmentation" "$cli" assign --project "$a"

# Bad input: exit 3 and the project is unchanged, byte for byte.
cp "$p" "$work/before.segmenta"
expect_exit 3 "text column refused" "$cli" segment --project "$p" --columns Fresh,Nope --k 3
check "project unchanged after a refused segmentation" cmp -s "$p" "$work/before.segmenta"
printf 'id,a,b\n1,2,3\n2,5\n' >"$work/ragged.csv"
expect_exit 3 "ragged CSV refused" "$cli" import --project "$work/r.segmenta" --file "$work/ragged.csv" --json
check "ragged error names line 3" json "$work/out" "d['error']['code']=='ragged_row' and d['error']['line']==3"
check "ragged error on stderr names file:line:column" grep -q "ragged.csv:3:2: Line 3 has 2 fields" "$work/err"
check "failed import into a new project leaves no file" test ! -e "$work/r.segmenta"
# --on-error for a customer table: ragged rows left out (skip and missing alike) and listed with their line.
printf 'id,a,b\n1,2,3\n2,5\n3,4,5,6\n4,7,8\n' >"$work/ragged2.csv"
expect_exit 0 "customer table --on-error skip" "$cli" import --project "$work/rs.segmenta" --file "$work/ragged2.csv" --on-error skip --json
check "--on-error skip: 2 customers, rows 3 and 4 listed" json "$work/out" \
    "d['customers']==2 and d['rows_read']==4 and d['rows_skipped']==2 and [(s['line'],s['column']) for s in d['skipped']]==[(3,2),(4,4)]"
expect_exit 0 "customer table --on-error missing" "$cli" import --project "$work/rm.segmenta" --file "$work/ragged2.csv" --on-error missing --json
check "--on-error missing: ragged rows still left out" json "$work/out" "d['customers']==2 and d['rows_skipped']==2"
expect_exit 3 "customer table --on-error stop refuses the ragged file" "$cli" import --project "$work/rt.segmenta" --file "$work/ragged2.csv" --on-error stop --json
check "--on-error stop: ragged error names line 3" json "$work/out" "d['error']['code']=='ragged_row' and d['error']['line']==3"
expect_exit 2 "bogus --on-error for a customer table" "$cli" import --project "$work/u.segmenta" --file "$work/ragged2.csv" --on-error maybe
# Customer ids: a row without one or repeating one stops by default (both lines named); --on-error skip keeps
# the first row of each id and lists the others with their lines.
printf 'customer_id,age\nA,30\nB,41\n,25\nA,99\n' >"$work/ids.csv"
expect_exit 3 "customer table with a missing id stops by default" "$cli" import --project "$work/ids-stop.segmenta" --file "$work/ids.csv" --json
check "missing_customer_id names line 4" json "$work/out" "d['error']['code']=='missing_customer_id' and d['error']['line']==4"
check "the failed import leaves no project behind" test ! -e "$work/ids-stop.segmenta"
expect_exit 0 "customer table --on-error skip with missing and repeated ids" "$cli" import --project "$work/ids-skip.segmenta" --file "$work/ids.csv" --on-error skip --json
check "--on-error skip: A and B kept, lines 4 and 5 listed and counted" json "$work/out" \
    "d['customers']==2 and d['rows_skipped']==2 and d['rows_without_id']==1 and d['rows_with_repeated_id']==1 and [s['line'] for s in d['skipped']]==[4,5] and 'repeats line 2' in d['skipped'][1]['reason']"
printf 'customer_id,age\nA,30\nB,41\nA,99\n' >"$work/ids2.csv"
expect_exit 3 "customer table with a repeated id stops by default" "$cli" import --project "$work/ids-dup.segmenta" --file "$work/ids2.csv" --json
check "duplicate_customer_id names line 4" json "$work/out" "d['error']['code']=='duplicate_customer_id' and d['error']['line']==4"
expect_exit 3 "transaction log refused as a customer table" "$cli" import --project "$work/o.segmenta" --file "$data/online_retail/online_retail_sample.csv"
expect_exit 3 "CDNOW summary imports but a second import is refused" bash -c \
    "'$cli' import --project '$work/c.segmenta' --file '$data/cdnow/cdnow_customers_summary.csv' >/dev/null && '$cli' import --project '$work/c.segmenta' --file '$data/cdnow/cdnow_customers_summary.csv'"
expect_exit 3 "not a project" "$cli" info --project "$work/ragged.csv"
expect_exit 3 "missing project" "$cli" info --project "$work/none.segmenta"

# A Turkish Excel export: Windows-1254 (0x80 is the euro sign), semicolons, decimal commas, CRLF.
printf 'M\xfc\xfeteri No;\xdeehir;Gelir (\x80)\r\n1;\xdeanl\xfdurfa;1.234,56\r\n2;\xddzmir;987,5\r\n' >"$work/tr1254.csv"
expect_exit 0 "import a Windows-1254 semicolon file" "$cli" import --project "$work/tr.segmenta" --file "$work/tr1254.csv" --json
check "cp1254: dialect detected, Turkish id column, Gelir is real" json "$work/out" \
    "d['dialect']=={'delimiter':';','encoding':'windows-1254','decimal':','} and d['id_column']=='M\\u00fc\\u015fteri No' and d['columns'][1]=={'name':'Gelir (\\u20ac)','type':'real','missing':0,'family':'demographic','origin':'file','value_kind':'decimal'}"
expect_exit 3 "--delimiter , is obeyed over detection" "$cli" import --project "$work/tr2.segmenta" --file "$work/tr1254.csv" --delimiter , --json
check "forced comma: ragged row names ','" json "$work/out" "d['error']['code']=='ragged_row' and \"currently ','\" in d['error']['message']"

# Silhouette of a stored segmentation: every member's value, checked against an independent computation
# (tests/reference/check_silhouette_export.py), kept in the project so that the second call reads it back.
f="$work/fit.segmenta"
cp "$m" "$f"
expect_exit 0 "segment mall for the silhouette check" "$cli" segment --project "$f" --columns "Age,Annual Income (k\$),Spending Score (1-100)" --log "Annual Income (k\$)" --k 4 --name "Fit check" --json
expect_exit 0 "export the fit-check members" "$cli" export --project "$f" --segmentation "Fit check" --out "$work/fit-members.csv"
expect_exit 0 "silhouette --out --json" "$cli" silhouette --project "$f" --segmentation "Fit check" --out "$work/fit-silhouette.csv" --json
check "silhouette --json: exact over 200 members, computed now, 4 segments adding up" json "$work/out" \
    "sorted(d)==['mean','members','sample_size','sampled','seed','segmentation','segments','stored'] and d['segmentation']=='Fit check' and d['members']==200 and not d['sampled'] and d['sample_size']==200 and not d['stored'] and sorted(d['segments'][0])==['mean','name','number','scored'] and sum(s['scored'] for s in d['segments'])==200 and -1<=d['mean']<=1"
cp "$work/out" "$work/fit-first.json"
check "silhouette --out: each value equals an independent computation" /usr/bin/python3 "$(dirname "$0")/../reference/check_silhouette_export.py" \
    "$work/fit-members.csv" "$work/fit-silhouette.csv" "Age,Annual Income (k\$),Spending Score (1-100)" "Annual Income (k\$)"
expect_exit 0 "silhouette again" "$cli" silhouette --project "$f" --segmentation "Fit check" --json
check "the second silhouette is read back from the project, the same numbers" /usr/bin/python3 -c \
    "import json,sys; a=json.load(open(sys.argv[1])); b=json.load(open(sys.argv[2])); sys.exit(0 if b['stored'] and {**a,'stored':True}==b else 1)" "$work/fit-first.json" "$work/out"
expect_exit 3 "silhouette of an unknown segmentation" "$cli" silhouette --project "$f" --segmentation "No such" --json
check "unknown segmentation error code" json "$work/out" "d['error']['code']=='unknown_segmentation'"
expect_exit 2 "silhouette without --project" "$cli" silhouette --segmentation "Fit check"

# Usage errors: exit 2.
expect_exit 2 "unknown command" "$cli" frobnicate
expect_exit 2 "unknown option" "$cli" info --project "$p" --colour
expect_exit 2 "missing --k" "$cli" segment --project "$p" --columns Fresh
expect_exit 2 "non-numeric --k" "$cli" segment --project "$p" --columns Fresh --k five
expect_exit 2 "bogus --delimiter" "$cli" import --project "$work/u.segmenta" --file "$work/tr1254.csv" --delimiter bogus
expect_exit 2 "bogus --encoding" "$cli" import --project "$work/u.segmenta" --file "$work/tr1254.csv" --encoding ebcdic
expect_exit 2 "bogus --decimal" "$cli" import --project "$work/u.segmenta" --file "$work/tr1254.csv" --decimal x
check "usage errors create no project" test ! -e "$work/u.segmenta"
expect_exit 0 "--version" "$cli" --version
check "--version names the version" grep -q '^segmenta-cli [0-9]' "$work/out"

if [ "$failures" -ne 0 ]; then
    echo "$failures checks failed"
    exit 1
fi
echo "all CLI end-to-end checks passed"
