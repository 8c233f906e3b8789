# Runs lupdate over the sources into a copy of wemenu_zh_CN.ts and fails when any message is
# unfinished: a string was added or changed without its translation.
set(_ts ${WORK_DIR}/wemenu_zh_CN.check.ts)
file(COPY_FILE ${SOURCE_DIR}/translations/wemenu_zh_CN.ts ${_ts})
set(_dirs)
foreach(_part app model views sync sandbox)
    if(IS_DIRECTORY ${SOURCE_DIR}/${_part})
        list(APPEND _dirs ${SOURCE_DIR}/${_part})
    endif()
endforeach()
execute_process(
    COMMAND ${LUPDATE} -no-obsolete -locations none ${_dirs} -ts ${_ts}
    RESULT_VARIABLE _rc OUTPUT_QUIET ERROR_VARIABLE _err)
if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${_err}")
endif()
file(READ ${_ts} _content)
string(REGEX MATCHALL "<source>[^<]*</source>[ \n\r\t]*<translation type=\"unfinished\"" _unfinished "${_content}")
list(LENGTH _unfinished _count)
if(_count GREATER 0)
    string(REPLACE ";" "\n" _list "${_unfinished}")
    message(FATAL_ERROR "${_count} message(s) of translations/wemenu_zh_CN.ts are unfinished; run "
                        "`cmake --build build --target update_translations` and translate:\n${_list}")
endif()
message(STATUS "translations/wemenu_zh_CN.ts is complete")
