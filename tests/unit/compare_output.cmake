# Runs TOOL and fails unless its output equals the file DOC.
execute_process(COMMAND ${TOOL} OUTPUT_VARIABLE printed RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${TOOL} failed (${rc})")
endif()
file(READ ${DOC} committed)
if(NOT printed STREQUAL committed)
  message(FATAL_ERROR "${DOC} is not what ${TOOL} prints: regenerate it with\n  ${TOOL} > ${DOC}")
endif()
