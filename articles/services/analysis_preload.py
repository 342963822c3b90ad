"""What every analysis worker loads whatever the import's tables, loaded once by the pool's fork server.

``analysis_pool`` forks its workers from a server process that imports this module: the workers start
with the analysis imported and jieba's IDF table and dictionary words (~0.8 s of CPU and ~55 MB a
process) already built, shared with the server until written to. The tables of the import's spec
(regions, organizations, the segmenter's words) are still built by each worker (``init_worker``).
"""

from articles.services.analysis import default_extractor
from articles.textpipeline.regions_context import _dictionary_words

try:
    default_extractor()
    _dictionary_words()
except Exception:  # a worker that cannot load them itself says why (see analysis_pool._start)
    pass
