-- wrk script: each request searches one of a few queries of the corpus, in turn (Danish,
-- English, a concept, a substance, a misspelling that is corrected, a product filter).
local queries = {
  "q=denosumab", "q=hovedpine", "q=osteoporose+knogler", "q=hypokalc%C3%A6mi", "q=Prolia",
  "q=bone+loss", "q=kaebenekrose", "q=denosumab&language=en", "q=injektion&product=Conexxence", "q=calcium+vitamin",
}
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", "/api/search?" .. queries[(counter % #queries) + 1])
end
