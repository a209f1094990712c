# `cmake --build <dir> --target docs`: the API reference of the public headers
# (HTML in <dir>/docs/html). Not part of `all`. Warnings are printed, not
# fatal; the public headers are kept free of them.
find_package(Doxygen QUIET)
if(NOT DOXYGEN_FOUND)
  message(STATUS "ect: docs target disabled (no Doxygen)")
  return()
endif()

set(DOXYGEN_PROJECT_NAME "ect")
set(DOXYGEN_PROJECT_BRIEF "${PROJECT_DESCRIPTION}")
set(DOXYGEN_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/docs")
set(DOXYGEN_GENERATE_HTML YES)
set(DOXYGEN_GENERATE_LATEX NO)
set(DOXYGEN_HAVE_DOT NO)
set(DOXYGEN_QUIET YES)
set(DOXYGEN_WARNINGS YES)
set(DOXYGEN_WARN_IF_UNDOCUMENTED YES)
set(DOXYGEN_WARN_IF_DOC_ERROR YES)
set(DOXYGEN_WARN_NO_PARAMDOC NO)
set(DOXYGEN_WARN_AS_ERROR NO)
set(DOXYGEN_EXTRACT_ALL NO)
set(DOXYGEN_EXTRACT_PRIVATE NO)
set(DOXYGEN_FILE_PATTERNS "*.hpp")
set(DOXYGEN_RECURSIVE YES)
# The headers are included as <ect/...>: show them that way.
set(DOXYGEN_STRIP_FROM_PATH "${PROJECT_SOURCE_DIR}/include")
set(DOXYGEN_STRIP_FROM_INC_PATH "${PROJECT_SOURCE_DIR}/include")
set(DOXYGEN_FULL_PATH_NAMES YES)
# `detail` is an implementation namespace, not API.
set(DOXYGEN_EXCLUDE_SYMBOLS "ect::detail" "detail")
doxygen_add_docs(docs "${PROJECT_SOURCE_DIR}/include/ect"
  WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
  COMMENT "Generating the API reference with Doxygen")
