# Runs `ect dump --format jsonl` over CORPUS with --jobs 1 and --jobs 2 and
# fails unless both print the same lines in the same order.
foreach(jobs 1 2)
  execute_process(COMMAND ${ECT} dump --format jsonl --jobs ${jobs} ${CORPUS}
                  OUTPUT_VARIABLE out_${jobs} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "ect dump --jobs ${jobs} exited with ${rc}")
  endif()
endforeach()
string(LENGTH "${out_1}" size)
if(size EQUAL 0)
  message(FATAL_ERROR "no output")
endif()
if(NOT out_1 STREQUAL out_2)
  message(FATAL_ERROR "--jobs 2 output differs from --jobs 1")
endif()
